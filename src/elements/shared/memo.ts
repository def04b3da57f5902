/**
 * A slot that keeps what `make` gave last time, while it is asked with the same `deps` (by
 * identity): templates an element renders on every keystroke (the options of the filters) are
 * made again only when what they show changed.
 *
 * @internal Part of the elements' kit (docs/contributing.md).
 */
export function memoSlot<R>(): (deps: readonly unknown[], make: () => R) => R {
  let last: { deps: readonly unknown[]; value: R } | undefined;
  return (deps, make) => {
    if (last && last.deps.length === deps.length && last.deps.every((value, index) => value === deps[index])) return last.value;
    last = { deps, value: make() };
    return last.value;
  };
}
