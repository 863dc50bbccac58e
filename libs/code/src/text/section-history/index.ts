export { rebuildSectionHistory } from './rebuild-section-history';
export { invertAmendmentSection } from './invert-amendment-section';
export type {
  Enactment,
  EnactmentRef,
  HistoryStepStatus,
  SectionHistoryStep,
  RebuiltSectionVersion,
  RebuiltSectionHistory,
  AttributedPassage,
} from './section-history.types';
