export { fold, foldedWords, matchRanges } from './fold.js';
export {
  Translator,
  DEFAULT_LOCALE,
  commonCatalog,
  procedureCatalog,
  statusCatalog,
  loadLocale,
  supportedOr,
  type Catalog,
  type Messages,
  type MessagesLoader,
  type MessageOverrides,
  type MessageParams,
} from './translator.js';
export {
  VIETNAM_TIME_ZONE,
  formatDate,
  formatDateTime,
  formatDuration,
  formatMoney,
  formatNumber,
  formatPhone,
  normalizeVietnamesePhone,
} from './format.js';
export type { CommonMessageKey } from './messages/vi.js';
export type { ProcedureMessageKey } from './messages/procedure-vi.js';
export type { StatusMessageKey } from './messages/status-vi.js';
