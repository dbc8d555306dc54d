/**
 * The PDF printer for a run: one browser for the whole batch, in the main thread, opened on the
 * first PDF and loaded by dynamic import so that a run without PDF never loads the browser stack.
 */
import type { Options } from '../options.js';

export interface Printer {
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Opens the printer of `src/io/print-pdf.ts`; throws its WaraqaError when no browser is found. */
export async function openPrinter(options: Options): Promise<Printer> {
  const { openPdfPrinter } = await import('../io/print-pdf.js');
  return openPdfPrinter(options);
}
