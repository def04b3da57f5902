import { routeName, routePath, type Route } from '../route.js';

/** Method, path and name of a route, for the transport. */
export function at(route: Route & { method: 'GET' | 'POST' }, params?: Readonly<Record<string, string>>) {
  return { method: route.method, endpoint: routeName(route), path: routePath(route, params) };
}
