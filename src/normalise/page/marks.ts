import { type DomNode, elements, tagName, textOf, words } from './dom';
import { RELATED_HEADING } from './furniture';

/**
 * What the page's markup names, outside its furniture: boards name elements
 * for their own scripts and tests ("company-name", "advertiser-name",
 * "lblJobTitle", "job-title"). The employer's name comes from an element whose
 * class, id or test attribute says "company-name", "employerName",
 * "hiring-organization" or just "company"; the job's title from one whose
 * class token or id ends in "job title", "posting title" or "position title".
 * A value only when every such element agrees: a list of job cards marks
 * many. A button that holds the employer's name (a link to its profile) is
 * read, though buttons are otherwise controls.
 */
const EMPLOYER_HINT = /(?:^| )(?:company|employer|advertiser|organi[sz]ation|org|recruiter) name(?: |$)|^(?:company|employer|advertiser|hiring (?:company|organi[sz]ation))$/;
// "job-title", "lblJobTitle", "jd-posting-title"; not "job-title-url" nor "related-jobs".
const TITLE_HINT = /(?:^| )(?:job|posting|position|vacancy) ?title$/;
const HINT_ATTRIBUTES = ['id', 'class', 'data-automation', 'data-testid', 'data-test', 'data-qa'];
/** A name or title is short: a longer text is a box that holds more than it. */
const MAX_NAME_LENGTH = 80;
const MAX_TITLE_LENGTH = 120;

export interface PageMarks {
  /** The one employer name the marked elements give, "at " before it dropped ("at Reddit"); null for none or several. */
  employer: string | null;
  /** The one job title the marked elements give; null for none or several. */
  title: string | null;
  /** Buttons that hold an element marked as the employer. */
  buttons: Set<DomNode>;
  /** The names a logo's alt text gives ("Contoso Logistics logo" gives "Contoso Logistics"), at most a few. */
  logos: string[];
  /** The names the logos of the site's header give, where that header is furniture (a bar of links). */
  siteLogos: string[];
}

// A logo: an image whose class, id, source or alt says so, or one in a link or the page's header (an ATS page's
// employer, or a board's own name).
const LOGO_HINT = /(?:^| )logo(?: |$)/;
const MAX_LOGOS = 3;
// "Logo of Contoso", "Contoso Logistics logo", "Kittredge County seal", "Adatum Health Careers", "Contoso Games career site": the name alone.
const LOGO_WORDS = /^(?:(?:logo|seal|emblem|crest) (?:of|for) )|(?: (?:logo|image|seal|emblem|crest|wordmark|careers?(?: site| page| portal)?|jobs))$/i;

function isLogo(node: DomNode): boolean {
  const a = node.attribs ?? {};
  if ([a.class, a.id, a.src, a.alt].some((v) => LOGO_HINT.test(words(v)))) return true;
  let p = node.parent;
  for (let up = 0; p && up < 3; up++, p = p.parent) {
    const name = tagName(p);
    if (name === 'a' || name === 'header' || / header(?: |$)|^header/.test(`${words(p.attribs?.class)} ${words(p.attribs?.id)}`)) return true;
  }
  return false;
}

// The page's header by its tag, role, class or id ("site-header", "header-top"; not "job-header", which is none of it).
const SITE_HEADER_HINT = /^(?:site |page |main |top )?header(?: top| bar| wrap(?:per)?| inner)?$/;
const isSiteHeader = (node: DomNode): boolean =>
  tagName(node) === 'header' || node.attribs?.role === 'banner' || [node.attribs?.class, node.attribs?.id].some((v) => SITE_HEADER_HINT.test(words(v)));

/** Adds the name `img`'s alt text gives, when it is a logo's, to `into` (a few at most). */
function addLogo(into: Set<string>, img: DomNode): void {
  const name = into.size < MAX_LOGOS ? logoName(img) : '';
  if (name.length >= 2) into.add(name);
}

/** The name a logo's alt text gives, or ''. */
function logoName(node: DomNode): string {
  const alt = (node.attribs?.alt ?? '').replace(/\s+/g, ' ').trim();
  if (alt.length > MAX_NAME_LENGTH || !isLogo(node)) return '';
  return alt.replace(LOGO_WORDS, '').trim();
}

/** The hint words of `node`'s attributes: whole values, and each class token and id on its own. */
function hintWords(node: DomNode): string[] {
  const a = node.attribs ?? {};
  const out: string[] = [];
  for (const k of HINT_ATTRIBUTES) {
    const v = a[k];
    if (v === undefined) continue;
    out.push(words(v));
    if (k === 'class' && /\s/.test(v.trim())) for (const token of v.split(/\s+/)) out.push(words(token));
  }
  return out;
}

/** The one value of a set, or null. */
const only = (values: Set<string>): string | null => (values.size === 1 ? [...values][0] : null);

export function pageMarks(root: DomNode, furniture: ReadonlySet<DomNode>): PageMarks {
  const employers = new Set<string>();
  const titles = new Set<string>();
  const buttons = new Set<DomNode>();
  const logos = new Set<string>();
  const siteLogos = new Set<string>();
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (furniture.has(node)) {
      // The site's header is furniture too, a bar of links, and its logo names the site: its images are read alone.
      if (isSiteHeader(node)) for (const n of elements(node)) if (tagName(n) === 'img') addLogo(siteLogos, n);
      continue;
    }
    if (tagName(node) === 'img') addLogo(logos, node);
    const hints = node.type === 'tag' ? hintWords(node) : [];
    // A marked element's own text is the value: what it holds is not read again.
    if (hints.some((h) => EMPLOYER_HINT.test(h))) {
      const text = textOf(node, MAX_NAME_LENGTH).replace(/^at\s+/i, '');
      if (text === '' || text.length > MAX_NAME_LENGTH) continue;
      employers.add(text);
      for (let p = node.parent; p; p = p.parent) if (tagName(p) === 'button') buttons.add(p);
      continue;
    }
    if (hints.some((h) => TITLE_HINT.test(h))) {
      const text = textOf(node, MAX_TITLE_LENGTH);
      if (text !== '' && text.length <= MAX_TITLE_LENGTH && !RELATED_HEADING.test(text)) titles.add(text);
      continue;
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return { employer: only(employers), title: only(titles), buttons, logos: [...logos], siteLogos: [...siteLogos] };
}
