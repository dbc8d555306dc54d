/**
 * Remembering a pure function of a string. The exercise stage asks the same questions of the same
 * strings thousands of times per sheet (the key of an option, whether a sentence mentions a name,
 * across three draws); a bounded cache turns those into lookups. Emptied when full, so a long
 * batch cannot grow it without limit.
 *
 * @example const key = memo(optionKey); key('العراق') === key('العراق') // computed once
 */
export function memo<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}
