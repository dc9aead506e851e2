/**
 * HTML passed escaped, as job APIs and feeds carry a posting's body: Greenhouse's `content`
 * ("&lt;p&gt;&lt;strong&gt;About us&lt;/strong&gt;..."), an RSS `<description>`, a JSON dump read
 * without decoding. Read as text it gives "Kafka&lt;/li&gt;" as a skill and loses every line
 * break; unescaped once it is the page it was, with a map back to the caller's characters.
 */

// An escaped tag of the kinds a posting's body is made of: "&lt;p&gt;", "&lt;/li&gt;", "&lt;div class=...".
const ESCAPED_TAG = /&lt;\/?(?:p|div|br|ul|ol|li|h[1-6]|span|strong|b|em|i|table|tr|td|section|article)(?:&gt;|\s|\/)/gi;
// A tag as it is written in HTML: markup that is not escaped is read as it is.
const RAW_TAG = /<\/?[a-z][a-z0-9]{0,10}[\s/>]/i;
/** How far into the input the signs are looked for, and how many escaped tags make it escaped HTML. */
const HEAD = 20000;
const MIN_TAGS = 2;

/** Whether `input` is escaped HTML: two escaped tags or more near its start and no tag written as markup. */
export function isEscapedHtml(input: string): boolean {
  const head = input.slice(0, HEAD);
  if (RAW_TAG.test(head)) return false;
  ESCAPED_TAG.lastIndex = 0;
  let tags = 0;
  while (ESCAPED_TAG.exec(head)) if (++tags >= MIN_TAGS) return true;
  return false;
}

// The references an escaper writes for markup; any other ("&amp;mdash;" once unescaped) is the HTML's own.
const MARKUP_REF = /&(?:lt|gt|amp|quot|apos|#0*39|#x0*27);/gi;
const MARKUP_CHARS: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The HTML within, and where each of its characters starts in `source` (`at[text.length]` is the source's length). */
export interface UnescapedHtml {
  text: string;
  at: Int32Array;
}

/**
 * A text made of runs of `source` (and single characters standing for longer ones), each character's place in
 * `source` kept: what an unescaping or a cut hands back.
 */
export class SourceRuns {
  private readonly parts: string[] = [];
  private readonly at: Int32Array;
  private n = 0;

  constructor(private readonly source: string) {
    this.at = new Int32Array(source.length + 1);
  }

  /** `source[from, to)` as it is. */
  copy(from: number, to: number): void {
    this.parts.push(this.source.slice(from, to));
    for (let i = from; i < to; i++) this.at[this.n++] = i;
  }

  /** One character standing for what starts at `at` in `source` ("<" for "&lt;"). */
  put(char: string, at: number): void {
    this.parts.push(char);
    this.at[this.n++] = at;
  }

  done(): UnescapedHtml {
    this.at[this.n] = this.source.length;
    return { text: this.parts.join(''), at: this.at.subarray(0, this.n + 1) };
  }
}

/** `source` with the markup references unescaped, once. */
export function unescapeHtml(source: string): UnescapedHtml {
  const out = new SourceRuns(source);
  let from = 0;
  MARKUP_REF.lastIndex = 0;
  for (let m = MARKUP_REF.exec(source); m; m = MARKUP_REF.exec(source)) {
    out.copy(from, m.index);
    out.put(MARKUP_CHARS[m[0].slice(1, -1).toLowerCase()] ?? "'", m.index);
    from = m.index + m[0].length;
  }
  out.copy(from, source.length);
  return out.done();
}

const CDATA_OPEN = '<![CDATA[';
const CDATA_CLOSE = ']]>';

/**
 * `source` without the CDATA markers an XML feed wraps its values in (`<title><![CDATA[Nurse]]></title>`), so their
 * text is read (HTML parses a CDATA section in the body as a comment, and drops it); null when it has none.
 */
export function unwrapCdata(source: string): UnescapedHtml | null {
  if (!source.includes(CDATA_OPEN)) return null;
  const out = new SourceRuns(source);
  let from = 0;
  for (let open = source.indexOf(CDATA_OPEN); open !== -1; open = source.indexOf(CDATA_OPEN, from)) {
    out.copy(from, open);
    const close = source.indexOf(CDATA_CLOSE, open + CDATA_OPEN.length);
    from = open + CDATA_OPEN.length;
    if (close === -1) break;
    out.copy(from, close);
    from = close + CDATA_CLOSE.length;
  }
  out.copy(from, source.length);
  return out.done();
}
