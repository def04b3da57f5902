/**
 * The CDN bundle (`dist/cdn/motcua.js`): what a portal loads with one
 * `<script type="module">`. It registers every element and exports their classes
 * and nothing else, so the file carries only what the elements use; the building
 * blocks (client, i18n, tokens, example themes) are for npm users of `motcua`.
 */
export * from './elements/config/index.js';
export * from './elements/procedure-search/index.js';
export * from './elements/dossier-form/index.js';
export * from './elements/status-tracker/index.js';
export * from './elements/service-stats/index.js';
