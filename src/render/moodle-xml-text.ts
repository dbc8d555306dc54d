/** Text inside Moodle XML: escaped element text, CDATA sections and comments. */

/**
 * Escapes text for an XML element.
 * @example xmlText('a < b & c') // 'a &lt; b &amp; c'
 */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A CDATA section; a `]]>` inside is split across two sections, the only way CDATA can hold it.
 * @example cdata('<p>x</p>') // '<![CDATA[<p>x</p>]]>'
 */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** An XML comment; `--` may not occur inside one, so dashes are spaced out. */
export function xmlComment(text: string): string {
  return `<!-- ${text.replace(/-(?=-)/g, '- ')} -->`;
}
