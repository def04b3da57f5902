/**
 * What a route of the API is (`Route`) and how a request names and fills one in. Apart from
 * the table (`routes.ts`) and from the routes themselves (`routes/<operation>.ts`, one module
 * each), so that a page's bundle carries only the routes its endpoint functions use: the
 * per-element build groups modules by the elements that use them, and a table of every
 * route in one module put every route on every page (docs/decisions.md, "Routes one module
 * each").
 */

export type HttpMethod = 'GET' | 'POST';

/**
 * What a retry can do to a route:
 * - `safe`: nothing (a read); the transport retries network failures.
 * - `key`: the request creates or changes something and carries an `Idempotency-Key`; a
 *   retry with the same key gets the first answer, so the transport may retry it.
 * - `none`: neither; never retried automatically (a lookup counts towards a rate limit,
 *   an upload is retried by the applicant).
 */
export type Idempotency = 'safe' | 'key' | 'none';

export interface Route {
  /** The OpenAPI operation id, also the `ApiClient` method and the endpoint function. */
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Path template relative to the API base, parameters in braces: `/procedures/{code}`. */
  readonly path: string;
  readonly idempotency: Idempotency;
  /** Status of a successful answer. */
  readonly success: 200 | 201 | 202;
  /** Contract id of the JSON body (`contract.ts`), or `multipart` for the upload. */
  readonly request?: string;
  /** Contract id of the success body. */
  readonly response: string;
  /** Must work without `Authorization` (reading and tracking); writes are the deployment's choice. */
  readonly public: boolean;
  /** OpenAPI tag. */
  readonly tag: 'procedures' | 'forms' | 'attachments' | 'dossiers' | 'payments' | 'transparency' | 'reference-data';
  /** The contract version that added the route. */
  readonly since: '1.0' | '1.1';
}

/** `GET /procedures/{code}`: how errors and logs name a route. */
export function routeName(route: Route): string {
  return `${route.method} ${route.path}`;
}

/**
 * The path with its parameters filled in, each one URL-encoded: `/procedures/1.001193`.
 * A parameter missing from `params` is an error in the caller, not something to send.
 */
export function routePath(route: Route, params: Readonly<Record<string, string>> = {}): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!Object.hasOwn(params, name)) throw new TypeError(`${routeName(route)}: missing path parameter ${name}`);
    return encodeURIComponent(params[name] as string);
  });
}
