import { defineElement } from '../shared/define.js';
import { GovProcedureSearch, type ProcedureSelectDetail, type SearchState } from './procedure-search.js';

export { GovProcedureSearch, type ProcedureSelectDetail, type SearchState };

defineElement('gov-procedure-search', GovProcedureSearch);

declare global {
  interface HTMLElementTagNameMap {
    'gov-procedure-search': GovProcedureSearch;
  }
  interface HTMLElementEventMap {
    'gov-procedure-select': CustomEvent<ProcedureSelectDetail>;
  }
}
