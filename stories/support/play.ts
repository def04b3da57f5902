/**
 * Waits in a story's play function until `check()` holds. A state never reached fails the
 * play function by name (`what`, or what it returns at that moment), so a story never shows,
 * and gets checked as, some other state. Generous under load: CI runs on two cores.
 */
export async function until(check: () => boolean, what: string | (() => string), timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`The story never reached ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until an element's `state` is one of `states`, and for the render that shows it. */
export async function untilState<S extends string>(
  element: { readonly state: S; readonly updateComplete: Promise<unknown> },
  states: readonly S[],
): Promise<void> {
  await element.updateComplete;
  await until(() => states.includes(element.state), () => `${states.join(' or ')} (state: ${element.state})`);
  await element.updateComplete;
}
