/**
 * The counted noun as a teacher writes it: the written word without diacritics, tatweel or the
 * accusative alif that a number between 11 and 99 puts on it (ستين كيلومترا → كيلومتر).
 *
 * @example cleanCounted('هجوماً') // 'هجوم'
 * @example cleanCounted('مصادر') // 'مصادر'
 */
export function cleanCounted(written: string): string {
  const bare = written.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  const hadTanween = /\u064B/.test(written);
  if ((hadTanween || bare.length >= 5) && bare.endsWith('ا') && !bare.endsWith('اا') && !/(ء|ئ|ة)ا$/.test(bare)) {
    return bare.slice(0, -1);
  }
  return bare;
}
