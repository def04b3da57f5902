/**
 * The all-in-one CDN file (`dist/cdn/motcua.js`): what a portal that prefers a single
 * `<script type="module">` for every element loads. It registers every element and exports
 * their classes and nothing else, so the file carries only what the elements use; the
 * building blocks (client, i18n, tokens, example themes) are for npm users of `motcua`.
 * A page that shows one or two elements loads less with the autoloader or the
 * per-element modules (`autoloader.js`, `gov-<name>.js`; docs/embedding.md).
 */
export * from './elements/config/index.js';
export * from './elements/dossier-form/index.js';
export * from './elements/procedure-search/index.js';
export * from './elements/service-stats/index.js';
export * from './elements/status-tracker/index.js';
