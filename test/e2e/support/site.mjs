// What most e2e files start with: the portal's site, the API on another origin, a browser.
import { launchBrowser } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';
import { startApiServer } from './api-server.mjs';

/**
 * A static site serving `routes`, the mock API on another origin that lets the site call it,
 * and a browser. The caller adds the pages that need the API's address (`api.base`) to
 * `site.routes` afterwards. `close()` stops all three; a failed start stops what had started.
 */
export async function startSiteWithApi(routes) {
  const site = await startStaticServer(routes);
  const started = [site];
  const close = async () => {
    for (const part of [...started].reverse()) await part.close();
  };
  try {
    const api = await startApiServer({ allowOrigin: site.origin });
    started.push(api);
    const browser = await launchBrowser();
    started.push(browser);
    return { site, api, browser, close };
  } catch (error) {
    await close();
    throw error;
  }
}
