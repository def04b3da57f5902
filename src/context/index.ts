export { configContext, DEFAULT_API_BASE, type GovConfig } from './config.js';
export { ensureContextRoot } from './root.js';
