import { defineElement } from '../shared/define.js';
import { GovConfigElement } from './gov-config.js';

export { GovConfigElement };

defineElement('gov-config', GovConfigElement);

declare global {
  interface HTMLElementTagNameMap {
    'gov-config': GovConfigElement;
  }
}
