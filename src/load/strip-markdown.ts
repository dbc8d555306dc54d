/**
 * Markdown input (.md, .markdown): the marks that are not text — heading hashes, emphasis stars,
 * block-quote arrows, link targets and images — are dropped, so a headline «# عنوان» reads as
 * «عنوان» and a link as its words. List bullets stay: they are part of how the text reads.
 */

/** @example stripMarkdown('# عنوان\n**نص** [رابط](https://x.org)') // 'عنوان\nنص رابط' */
export function stripMarkdown(text: string): string {
  return text
    .replace(/^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm, '$1')
    .replace(/^ {0,3}>\s?/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/^ {0,3}([-*_])(?:\s*\1){2,}\s*$/gm, '');
}
