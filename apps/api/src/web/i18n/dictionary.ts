import type { DataQualityKind, Stage, StepType, TrackingRuleKind, VoteResult, VoteValue } from '@app/legislation';

export type Lang = 'en' | 'es';

/**
 * Every label of the web pages, per language. Labels are plain text: the templates escape them like
 * any other value, so a label (or a value passed to one) can never inject markup.
 */
export interface Dictionary {
  lang: Lang;
  /** Open Graph locale (og:locale). */
  ogLocale: string;
  /** The other language, for the toggle: its code and its name written in that language. */
  otherLang: Lang;
  otherLangName: string;
  switchLanguage: string;

  siteName: string;
  siteDescription: string;
  skipToContent: string;
  mainNav: string;
  navTracked: string;
  footerSource: string;
  footerNotOfficial: string;
  feedsLabel: string;
  calendarFeed: string;
  atomFeed: string;
  timesAreChicago: string;
  /** The banner of `npm run demo` (DEMO_MODE): its records are replayed captures and a synthetic story. */
  demoBannerTitle: string;
  demoBannerText: string;
  yes: string;
  no: string;
  none: string;
  copyLink: string;
  linkCopied: string;
  /** Screen-reader prefixes of redline insertions and deletions. */
  inserted: string;
  deleted: string;

  homeTitle: string;
  homeIntro: string;
  searchLabel: string;
  searchHint: string;
  searchButton: string;
  searchResultsTitle: (query: string) => string;
  searchResultsIntro: string;
  noResults: string;
  noTracked: string;
  mattersCaption: string;
  colRecordNumber: string;
  colTitle: string;
  colStage: string;
  colNextDate: string;
  colTracked: string;
  nextPage: string;
  noNextDate: string;

  matterPageDescription: (recordNumber: string) => string;
  status: string;
  stage: string;
  /** Precedes a date: "since <date>". */
  since: string;
  matterType: string;
  introduced: string;
  referredTo: string;
  filedBy: string;
  tracked: string;
  trackedBecause: Record<TrackingRuleKind, (value: string) => string>;
  notTracked: string;
  redlineLink: string;
  elmsLink: string;
  nextStepHeading: string;
  meetingBody: string;
  when: string;
  where: string;
  publicCommentDeadline: string;
  meetingStatus: string;
  notPublished: string;
  heldInCommittee: (committees: string) => string;
  heldInCommitteeUnnamed: string;
  councilReason: Record<'REPORTED_OUT' | 'RULE_41_NOTICE' | 'DEFERRED', string>;
  noNextStep: string;
  timelineHeading: string;
  noTimeline: string;
  /** Summary of the quiet note on source anomalies, given how many there are. */
  dataQualitySummary: (n: number) => string;
  dataQualityIntro: string;
  dataQualityKinds: Record<DataQualityKind, string>;
  elmsActionName: string;
  committeesLabel: string;
  /** Precedes a record number: "filed under <record number>". */
  filedUnder: string;
  ruleNoticeFile: string;
  votesHeading: string;
  noVotes: string;
  rollCallHeading: (action: string, date: string) => string;
  result: string;
  tally: string;
  total: string;
  rollCallCaption: (action: string, date: string) => string;
  colWard: string;
  colAlder: string;
  colVote: string;
  sponsorsHeading: string;
  noSponsors: string;
  attachmentsHeading: string;
  noAttachments: string;
  relatedHeading: string;
  substituteFor: string;
  replacedBy: string;
  sameProposal: string;
  noRelated: string;

  alderTitle: (name: string, ward: number) => string;
  alderDescription: (name: string, ward: number) => string;
  formerAlder: string;
  ward: (ward: string | number) => string;
  contactHeading: string;
  wardOffice: string;
  cityHallOffice: string;
  email: string;
  phone: string;
  fax: string;
  website: string;
  address: string;
  noContact: string;
  committeesHeading: string;
  noCommittees: string;
  membershipsCaption: string;
  colCommittee: string;
  colRole: string;
  colFrom: string;
  colTo: string;
  current: string;
  alderVotesHeading: string;
  alderVotesCaption: string;
  noAlderVotes: string;
  colDate: string;
  colMatter: string;
  colAction: string;

  notFoundTitle: string;
  badRequestTitle: string;
  serverErrorTitle: string;
  matterNotFound: (recordNumber: string) => string;
  invalidRecordNumber: (value: string) => string;
  invalidWard: string;
  alderNotFound: (ward: string) => string;
  invalidLink: string;
  pageNotFound: string;
  serverError: string;
  backHome: string;

  stages: Record<Stage, string>;
  stepTypes: Record<StepType, string>;
  voteValues: Record<VoteValue, string>;
  voteResults: Record<VoteResult, string>;
}
