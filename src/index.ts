/**
 * motcua: embeddable web components for Vietnamese online public services.
 *
 * Importing the package root registers every element (as the CDN bundle does)
 * and exposes the building blocks: the API contract and client, configuration
 * context, i18n and theme. Import `motcua/<element>` to register one element only.
 */
export * from './api/index.js';
export * from './context/index.js';
export * from './i18n/index.js';
export * from './theme/index.js';
export { GovElement } from './elements/shared/gov-element.js';
export { defineElement } from './elements/shared/define.js';
export * from './elements/config/index.js';
export * from './elements/procedure-search/index.js';
export * from './elements/dossier-form/index.js';
export * from './elements/status-tracker/index.js';
export * from './elements/service-stats/index.js';
