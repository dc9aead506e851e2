/**
 * A page's text as a browser copies it (select all, copy) or a scraper's
 * `innerText` gives it: what the page shows, each block on a line of its own,
 * cells apart, nothing of scripts, styles or hidden elements. Used to score
 * the pages again as text pasted from them; an approximation of the browser's
 * algorithm (no CSS is applied but `display:none` and `hidden`).
 */
type Cheerio = typeof import('cheerio');
type Node = { type: string; name?: string; data?: string; attribs?: Record<string, string>; children?: Node[] };

const BLOCKS = new Set(
  'address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr ul option select button'.split(' '),
);
const UNSEEN = new Set('script style noscript template svg head iframe'.split(' '));
const HIDDEN_STYLE = /display:\s*none|visibility:\s*hidden/i;

function collect(node: Node, out: string[], nodeLines: boolean): void {
  for (const child of node.children ?? []) {
    if (child.type === 'text') {
      const data = (child.data ?? '').replace(/\s+/g, ' ');
      out.push(nodeLines ? `\n${data}\n` : data);
      continue;
    }
    if (child.type !== 'tag' && child.type !== 'script' && child.type !== 'style') continue;
    const name = (child.name ?? '').toLowerCase();
    const attribs = child.attribs ?? {};
    if (UNSEEN.has(name) || attribs.hidden !== undefined || attribs.type === 'hidden' || HIDDEN_STYLE.test(attribs.style ?? '')) continue;
    const block = BLOCKS.has(name);
    if (block) out.push('\n');
    else if (name === 'td' || name === 'th') out.push('\t');
    collect(child, out, nodeLines);
    if (block) out.push('\n');
  }
}

/**
 * The text of `html` as copied from a browser: lines kept, or (`oneLine`) run into one line as many scrapers leave it,
 * or (`nodeLines`) each text node on a line of its own, as BeautifulSoup's `get_text("\n", strip=True)` gives it.
 */
export function copiedText(html: string, oneLine = false, nodeLines = false): string {
  const cheerio = require('cheerio') as Cheerio;
  const $ = cheerio.load(html);
  const out: string[] = [];
  collect(($('body')[0] ?? $.root()[0]) as unknown as Node, out, nodeLines);
  const lines = out.join('').split('\n').map((line) => line.replace(/[ \t]+/g, ' ').trim()).filter(Boolean);
  return lines.join(oneLine ? ' ' : '\n');
}

/**
 * The page as the Markdown that scrapers feeding language models give (Firecrawl, Jina Reader and the like use
 * turndown): the whole body with its menus as lists of links, its logos as linked images, headings with "#".
 */
export function markdownText(html: string): string {
  const cheerio = require('cheerio') as Cheerio;
  const TurndownService = require('turndown') as typeof import('turndown');
  const $ = cheerio.load(html);
  $([...UNSEEN].join(',')).remove();
  const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced' });
  return turndown.turndown($('body').html() ?? $.root().html() ?? '');
}

/**
 * The page as the html-to-text package gives it with its defaults, as a Node scraper calls it: links with their
 * addresses in brackets, headings in capitals, lines wrapped at 80 characters.
 */
export function convertedText(html: string): string {
  const { convert } = require('html-to-text') as typeof import('html-to-text');
  return convert(html);
}
