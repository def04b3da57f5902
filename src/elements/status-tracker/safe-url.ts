/**
 * A server-supplied link (pay link, result download) is used only when it is
 * http(s); anything else (`javascript:`, `data:`) is dropped, because Lit does
 * not sanitise `href` and a compromised adapter must not run script in the portal.
 */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
