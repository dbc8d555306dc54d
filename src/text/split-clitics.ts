/** placeholder, replaced below */
export interface CliticSplit {
  readonly prefixes: readonly string[];
  readonly stem: string;
  readonly suffixes: readonly string[];
}
export function splitClitics(key: string, _known?: (stem: string) => boolean): CliticSplit {
  return { prefixes: [], stem: key, suffixes: [] };
}
