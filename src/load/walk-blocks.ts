/**
 * DOM → blocks: one block per paragraph-level element (p, li, h1–h6, td, blockquote, figcaption …)
 * or per <br>-separated line, with the share of its text inside links and whether it sits in page
 * chrome (nav, header, footer, aside, form, or an ARIA role saying so). Scripts, styles and
 * form controls are skipped.
 */
import type { Block } from './block.js';

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
  'HEAD',
]);
const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'CAPTION',
  'FIGURE',
  'FIGCAPTION',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'NAV',
  'ASIDE',
  'FORM',
  'FIELDSET',
  'LEGEND',
  'LABEL',
  'ADDRESS',
  'HR',
  'BODY',
]);
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'form']);

interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

/** Collects the text blocks under `root`; `markChrome` flags blocks inside page chrome. */
export function walkBlocks(root: DomNode, markChrome: boolean): Block[] {
  const blocks: Block[] = [];
  let text = '';
  let linkChars = 0;
  let chromeDepth = 0;
  const flush = (): void => {
    const line = text.replace(/\s+/g, ' ').trim();
    if (line.length > 0) {
      const density = Math.min(1, linkChars / line.length);
      blocks.push({
        text: line,
        ...(density > 0 ? { linkDensity: density } : {}),
        ...(markChrome && chromeDepth > 0 ? { chrome: true } : {}),
      });
    }
    text = '';
    linkChars = 0;
  };
  const visit = (node: DomNode, inLink: boolean): void => {
    if (node.nodeType === 3) {
      const value = node.textContent ?? '';
      text += value;
      if (inLink) linkChars += value.replace(/\s+/g, ' ').trim().length;
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      flush();
      return;
    }
    const isBlock = BLOCK.has(name);
    const isChrome = CHROME.has(name) || CHROME_ROLES.has(node.getAttribute?.('role') ?? '');
    if (isBlock) flush();
    if (isChrome) chromeDepth++;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) visit(children[i] as DomNode, inLink || name === 'A');
    if (isBlock) flush();
    if (isChrome) chromeDepth--;
  };
  visit(root, false);
  flush();
  return blocks;
}
