/** A unit of page text that cleaning keeps or removes as a whole: a line, or an HTML block. */
export interface Block {
  readonly text: string;
  /** Share of the block's characters inside links (web pages only). */
  readonly linkDensity?: number;
  /** True when the block sits in page chrome (nav, header, footer, aside, form) of a web page. */
  readonly chrome?: boolean;
}
