import { ContextRoot } from '@lit/context';

const attached = new WeakSet<Document>();

/**
 * In a drop-in page the markup exists before the script runs, and an element can
 * be upgraded before the `<gov-config>` around it. A ContextRoot on the document
 * replays such early context requests once the provider appears.
 */
export function ensureContextRoot(doc: Document = document): void {
  if (attached.has(doc)) return;
  attached.add(doc);
  new ContextRoot().attach(doc.documentElement);
}
