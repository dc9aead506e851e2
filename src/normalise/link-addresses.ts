/**
 * Text converted from a page by converters that print a link's address after its text in brackets, as the
 * html-to-text package (a Node scraper's usual choice) and the text browsers (lynx, w3m) do: "Careers
 * [https://contoso.example/careers]", "Apply [/jobs/42/apply]", a logo's "[/img/logo.png]". The addresses are
 * dropped, with the space before them, so a menu reads as the menu it is and no address stands in a title, an
 * employer or a place; the map to the caller's characters is kept. Plain text is left alone: the addresses are
 * dropped only where the text shows at least two of them. Such converters print a page's headings in capitals
 * ("SENIOR DATA ENGINEER"): those lines are its headings.
 */
import { MappedTextBuilder, type MappedText } from './mapped-text';
import type { MarkedHeading } from './markdown';
import { trimmedLines } from '../util/lines';
import { lazy } from '../util/lazy';

/** How far into the text the addresses are counted, and how many make the text a converter's. */
const HEAD = 20000;
const MIN_ADDRESSES = 2;
/** An address is read within this length: a tracking link's query is long. */
const MAX_ADDRESS = 2000;

// An address: a scheme ("https:", "mailto:"), a root or page-relative path, an anchor or a query, a file's name
// with a path ("images/crest.png"), or an email's (a mail link: "careers@contoso.example"). Never a word in brackets
// ("[Remote]", "[Hiring]").
const ADDRESS = /^(?:[a-z][a-z0-9+.-]{1,15}:\S|www\.\S|\/|[#?]\S|\.\.?\/\S|[\w.-]{1,100}\/\S|[\w.+-]{1,18}@[\w-])/i;

/** Where the address in brackets at `open` ends (the index of its "]"), or -1 when the brackets hold no address. */
function addressEnd(text: string, open: number): number {
  if (!ADDRESS.test(text.slice(open + 1, open + 20))) return -1;
  for (let i = open + 1, limit = Math.min(text.length, open + 1 + MAX_ADDRESS); i < limit; i++) {
    const c = text[i];
    if (c === ']') return i;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '[') return -1;
  }
  return -1;
}

/** The bracketed addresses of `text`, each as [start, end): the space before it included. */
function addresses(text: string): [number, number][] {
  const found: [number, number][] = [];
  for (let open = text.indexOf('['); open !== -1; ) {
    const end = addressEnd(text, open);
    if (end === -1) {
      open = text.indexOf('[', open + 1);
      continue;
    }
    let start = open;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    found.push([start, end + 1]);
    open = text.indexOf('[', end + 1);
  }
  return found;
}

// A heading in capitals: two letters or more, none in lower case, a few words. Bounded: linear.
const CAPITALS = lazy(() => /^(?=[^\p{Ll}\n]{2,120}$)[^\p{L}\n]{0,10}\p{Lu}[^\p{Ll}\n]*\p{Lu}/u);
const HEADING_LEVEL = 2;

/** The lines of `m` in capitals, as headings. */
function capitalLines(m: MappedText, headings: MarkedHeading[]): void {
  for (const line of trimmedLines(m.text)) {
    if (line.end > line.start && CAPITALS().test(line.text)) headings.push({ start: m.srcStart[line.start], end: m.srcEnd[line.end - 1], level: HEADING_LEVEL });
  }
}

/**
 * `m` without the link addresses a page's converter printed, or `m` itself where it holds fewer than two; its lines
 * in capitals are added to `headings`.
 */
export function stripLinkAddresses(m: MappedText, headings: MarkedHeading[]): MappedText {
  const text = m.text;
  if (text.indexOf('[') === -1) return m;
  const head = addresses(text.slice(0, HEAD));
  if (head.length < MIN_ADDRESSES) return m;
  const all = text.length > HEAD ? addresses(text) : head;
  const out = new MappedTextBuilder(text.length);
  let kept = 0;
  const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
  for (const [start, end] of all) {
    out.copy(m, kept, start);
    // Between two words it stood for their break ("Contact [/contact]Login [/login]"): a space stays.
    if (!isSpace(text[start - 1]) && !isSpace(text[end])) out.replace(m, start, end, ' ');
    kept = end;
  }
  out.copy(m, kept, text.length);
  const stripped = out.build();
  capitalLines(stripped, headings);
  return stripped;
}
