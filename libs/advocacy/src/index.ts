export { AdvocacyModule } from './advocacy.module';
export { AdvocacyException, AdvocacyErrorCode } from './advocacy.exception';
export {
  FindAlderService,
  AddressLookupStatus,
  MAX_ADDRESS_LENGTH,
  type AddressLookup,
  type AddressCandidate,
  type WardAlder,
} from './services/find-alder.service';
export {
  TakeActionService,
  CITY_COUNCIL,
  type TakeActionPanel,
  type TakeActionMeeting,
  type CommitteeRef,
} from './services/take-action.service';
export { MatterTakeActionService } from './services/matter-take-action.service';
export { TakeActionDataService, type PublicCommentRuleInput } from './services/take-action-data.service';
export type { CallScriptTemplateRow, PublicCommentRuleRow } from './repositories/take-action.repository';
export {
  COMMENT_CHANNELS,
  DAY_ANCHORS,
  type CommentChannel,
  type DayAnchor,
  type CommentWindow,
  type WindowState,
  type PublicCommentRule,
} from './take-action/public-comment-rule';
export { SCRIPT_LANGUAGES, SCRIPT_PLACEHOLDERS, type ScriptLanguage } from './take-action/call-script';
export { GEOCODER, type Geocoder, type GeocodeMatch } from './geocoder/geocoder';
export { WardMap, WARD_BOUNDARIES_FILE } from './wards/ward-map';
