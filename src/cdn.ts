/**
 * The CDN bundle (`dist/cdn/motcua.js`): what a portal loads with one
 * `<script type="module">`. It registers every element and exports their classes
 * and nothing else, so the file carries only what the elements use; the building
 * blocks (client, i18n, tokens, example themes) are for npm users of `motcua`.
 *
 * The imports without names only set where rollup places those modules in the file: gzip
 * finds repeats only within 32 KB, so the stylesheets sit together, then the Vietnamese
 * catalogues, then the form and the tracker (which have the most in common). This ordering
 * alone takes about 2.2 KB off the gzip size (docs/decisions.md, "Size budgets"); it changes
 * nothing at run time, as none of these modules does anything when it is loaded.
 */
import './theme/styles.js';
import './elements/procedure-search/procedure-search.styles.js';
import './elements/dossier-form/dossier-form.styles.js';
import './elements/status-tracker/status-tracker.styles.js';
import './elements/service-stats/service-stats.styles.js';
import './elements/procedure-search/messages.js';
import './elements/dossier-form/messages.js';
import './elements/status-tracker/messages.js';
import './elements/service-stats/messages.js';
import './i18n/messages/vi.js';
import './i18n/messages/procedure-vi.js';
import './i18n/messages/status-vi.js';

export * from './elements/config/index.js';
export * from './elements/dossier-form/index.js';
export * from './elements/status-tracker/index.js';
export * from './elements/service-stats/index.js';
export * from './elements/procedure-search/index.js';
