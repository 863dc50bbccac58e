import { AmendmentResolver, CodeChapterResolver, CodeChapterVersionResolver } from './code/code.resolver';
import { HealthResolver } from './health/health.resolver';
import { MatterActionResolver, MatterResolver, RollCallResolver, VoteResolver } from './legislation/matter.resolver';
import { MeetingResolver } from './meetings/meeting.resolver';
import { AlderResolver, CommitteeResolver } from './people/alder.resolver';
import { ScrapeRunResolver } from './scraper/scrape-run.resolver';
import { QuarantinedRecordResolver } from './scraper/quarantined-record.resolver';
import { TrackingRuleResolver } from './tracking/tracking-rule.resolver';
import { WebhookSubscriptionResolver } from './webhooks/webhook-subscription.resolver';

/** Every resolver of the public schema; also what `schema:generate` prints. */
export const RESOLVERS = [
  MatterResolver,
  MatterActionResolver,
  VoteResolver,
  RollCallResolver,
  AlderResolver,
  CommitteeResolver,
  MeetingResolver,
  TrackingRuleResolver,
  WebhookSubscriptionResolver,
  ScrapeRunResolver,
  QuarantinedRecordResolver,
  HealthResolver,
  CodeChapterResolver,
  CodeChapterVersionResolver,
  AmendmentResolver,
];
