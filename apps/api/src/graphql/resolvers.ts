import { AmendmentResolver, CodeChapterResolver, CodeChapterVersionResolver } from './code/code.resolver';
import { SectionHistoryResolver } from './code/section-history.resolver';
import { HealthResolver } from './health/health.resolver';
import { MatterActionResolver, MatterResolver, RollCallResolver, VoteResolver } from './legislation/matter.resolver';
import { MeetingResolver } from './meetings/meeting.resolver';
import { AlderResolver, CommitteeResolver } from './people/alder.resolver';
import { FindAlderResolver } from './advocacy/find-alder.resolver';
import { TakeActionDataResolver } from './advocacy/take-action-data.resolver';
import { TakeActionResolver } from './advocacy/take-action.resolver';
import { CouncilVotesResolver } from './votes/council-votes.resolver';
import { SearchResolver } from './search/search.resolver';
import { ScrapeRunResolver } from './scraper/scrape-run.resolver';
import { QuarantinedRecordResolver } from './scraper/quarantined-record.resolver';
import { TrackingRuleResolver } from './tracking/tracking-rule.resolver';
import { WebhookSubscriptionResolver } from './webhooks/webhook-subscription.resolver';
import { EmailAlertResolver } from './alerts/email-alert.resolver';

/** Every resolver of the public schema; also what `schema:generate` prints. */
export const RESOLVERS = [
  MatterResolver,
  SearchResolver,
  MatterActionResolver,
  VoteResolver,
  RollCallResolver,
  AlderResolver,
  CommitteeResolver,
  FindAlderResolver,
  TakeActionDataResolver,
  TakeActionResolver,
  CouncilVotesResolver,
  MeetingResolver,
  TrackingRuleResolver,
  WebhookSubscriptionResolver,
  EmailAlertResolver,
  ScrapeRunResolver,
  QuarantinedRecordResolver,
  HealthResolver,
  CodeChapterResolver,
  CodeChapterVersionResolver,
  AmendmentResolver,
  SectionHistoryResolver,
];
