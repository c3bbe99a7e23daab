export { analysePage } from './analyse-page';
export { assessUrl, classifyUrl, type UrlStanding } from './classify-url';
export { GENUINE_HOSTS, type GenuineHost, type PathRule } from './hosts';
export { GENUINE_MATCH_PATTERNS } from './match-patterns';
export {
  PAGE_SNAPSHOT_LIMITS,
  type PageSnapshot,
  PageSnapshotSchema,
  type SnapshotField,
  type SnapshotForm,
  type SnapshotImage,
} from './page-snapshot-schema';
export { REASON_CODES, type ReasonCode } from './reasons';
export { SHARED_CONTENT_RULES } from './shared-content';
export { sharedContentHosting } from './shared-content-page';
export * from './types';
export { parseWebUrl } from './url-parts';
