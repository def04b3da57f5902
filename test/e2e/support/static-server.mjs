// The e2e pages' server: the project's one static server (scripts/static-server.mjs) with
// routes only, each saying exactly what it answers with its own headers, so one page can
// carry a strict CSP header and another none. `requests` lists every request, so a test can
// see e.g. that a host form was never submitted.
import { closeServer, startStaticServer as start } from '../../../scripts/static-server.mjs';

export { closeServer };

/**
 * @param {Record<string, import('../../../scripts/static-server.mjs').Route>} routes
 *   path → what to answer (the query string is ignored); more may be added after the start.
 */
export function startStaticServer(routes = {}) {
  return start({ routes });
}
