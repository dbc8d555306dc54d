/**
 * A number written in digits (normalised to ASCII) → its value: `2500`, `2,500`, `2.5`, `٢٫٥`.
 * Times (15:07) and anything else → undefined.
 *
 * @example parseDigits('2,500') // 2500
 * @example parseDigits('2.5') // 2.5
 */
export function parseDigits(key: string): number | undefined {
  if (isPlainDigits(key)) return Number(key);
  if (key.includes(':')) return undefined;
  const plain = key.replace(/٬/g, ',').replace(/٫/g, '.');
  if (/^\d{1,3}(,\d{3})+$/.test(plain)) return Number(plain.replace(/,/g, ''));
  if (/^\d+([.,]\d+)?$/.test(plain)) return Number(plain.replace(',', '.'));
  return undefined;
}

/** Only ASCII digits (2014, 50): the usual case, read without regular expressions or copies. */
function isPlainDigits(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
