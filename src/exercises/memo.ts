/**
 * Remembering a pure function of a string. The exercise stage asks the same questions of the same
 * strings thousands of times per sheet (the key of an option, whether a sentence mentions a name,
 * across draws); a bounded cache turns those into lookups. Emptied when full, so a long batch
 * cannot grow it without limit; texts longer than `longest` are not kept.
 *
 * @example const key = memo(optionKey); key('العراق') === key('العراق') // computed once
 */
export function memo<T>(fn: (text: string) => T, limit = 20_000, longest = Number.POSITIVE_INFINITY): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    // A long one-off text (a stem being tried) costs more to hash and keep than to work out again.
    if (text.length > longest) return fn(text);
    // One lookup: a value of undefined (no function here returns one) would only be worked out again.
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    if (cache.size >= limit) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}
