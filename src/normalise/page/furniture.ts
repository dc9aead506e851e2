import { type DomNode, elements, tagName, textOf, words } from './dom';
import { labelField } from '../field-labels';
import pageWords from '../../data/words/page-words.json';
import { escapeRegExp } from '../../util/escape-regexp';
import { jobCards } from './job-cards';

/**
 * Page furniture: what a job-board page puts around the posting (site
 * navigation, search and sign-in forms, sidebars, "similar jobs" boxes,
 * share buttons, cookie banners, footers). Our own scorer on cheerio's tree,
 * after Readability and jusText: tag and role, class/id hints, link density,
 * and the heading of a related-jobs box; an element that holds the posting's
 * description (by class/id hint) or most of the page's text is never
 * furniture. A library (Readability, jusText ports) would pick one main node
 * and drop the posting's header beside it, and would lose parse5's source
 * offsets; this only leaves out what it is sure of.
 */

const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside']);
const FURNITURE_ROLES = new Set(['navigation', 'contentinfo', 'banner', 'dialog', 'alertdialog', 'search', 'complementary']);
// Whole words of a class, id or aria-label (camelCase split): "similar-jobs", "jobsSidebar", "cookie_banner"; the
// employer's reviews and its people ("Operations Manager in Dallas", "Anna, Engineering Manager") name other jobs.
const FURNITURE_HINT =
  /(?:^| )(?:cookies?|consent|gdpr|navbar|nav|menu|breadcrumbs?|crumbs?|site header|site footer|footer|skip link|similar|related|recommended|recommendations|more jobs|other jobs|people also|sidebar|share|social|login|signin|sign in|signup|sign up|register|filters?|filter bar|modal|popup|newsletter|subscribe|reviews|ratings|testimonials?|colleagues|(?:salary|pay|wage) (?:insights?|benchmarks?|comparisons?|checker|planner|statistics|stats))(?: |$)/;
const CONTENT_HINT = /(?:^| )(?:job ?description|description|posting|vacancy|job ?details|job ?body|job ?content)(?: |$)/;
// In English a pattern; other languages' openings are data (page-words.json): "Ähnliche Jobs", "Ofertas similares".
// "Jobs near Memphis, TN": a board's box of other jobs around the place; "Related remote jobs", "More Python developer
// jobs": a word or two between; "Jobs like this"; "Remote companies like Proseware": other employers; "Also hiring at
// Contoso Burger Co.": the employer's other openings.
const OTHER_LANGUAGES = Object.values(pageWords.relatedHeadings)
  .flat()
  .map(escapeRegExp)
  .join('|');
export const RELATED_HEADING = new RegExp(
  String.raw`^(?:(?:similar|related|recommended|more|other|latest|featured) (?:[\p{L}-]{2,20} ){0,2}?(?:jobs|positions|roles|searches|vacancies|openings|careers|opportunities|listings|postings|job ads|adverts)\b|(?:[\p{L}-]{2,20} )?companies like\b|similar companies\b|(?:jobs|roles|positions|openings|more) like (?:this|these)\b|people (?:also )?(?:viewed|searched)|(?:(?:jobs|roles|positions|openings) (?:that )?)?you (?:may|might) (?:also )?(?:like|be interested in)|(?:recommended|jobs) for you\b|recently viewed|more jobs|other jobs at\b|(?:also|more) hiring at\b|(?:more |other )?jobs (?:near|nearby)\b|nearby jobs\b|(?:${OTHER_LANGUAGES})(?![\p{L}\p{N}]))`,
  'iu',
);

// A board's pay statistics for the occupation, not this job's pay: "How much does a truck driver make in Phoenix, AZ?",
// "What is the salary of a Claims Adjuster?", "Average salary for a nurse", "Electrician salaries in Manchester", "Product
// Designer salaries at Northwind", "Salary insight", "Pay estimate", "Salary insights: Backend Developer in Berlin".
const PAY_STATISTICS_HEADING =
  /^(?:(?:salary|pay|wage) (?:insights?|estimates?|benchmarks?|statistics|stats|trends|guide)(?:$|:| (?:for|in|at)\b)|how much (?:does|do|can) (?:an? )?[^?\n]{1,60} (?:make|earn)\b|what(?: is|'s) the (?:average |typical )?(?:salary|pay|wage) (?:of|for)\b|(?:average|typical) (?:salary|pay|wage)s? (?:of|for)\b|[^\n]{0,40}\b(?:salaries|wages) (?:in|near|for|at)\b)/i;

/** Drop `node` only while it holds less than this share of the page's text. */
const MAX_FURNITURE_SHARE = 0.5;
// A details box links its place and category; a menu or a list of other jobs has more links.
const MIN_LINKS = 5;
const MAX_LINK_DENSITY = 0.5;
const MIN_MAIN_TEXT = 200;

function hints(node: DomNode): string {
  const a = node.attribs ?? {};
  return `${words(a.id)} | ${words(a.class)} | ${words(a['aria-label'])}`;
}

interface Size {
  /** Non-space characters of text inside. */
  text: number;
  /** Of those, inside links. */
  link: number;
  links: number;
  /** Fields a person fills in (see isField). */
  fields: number;
  /** Holds a main heading of the page (see mainHeadings). */
  h1: boolean;
}

/**
 * The page's main headings: its `<h1>`s, or on a page without one its first `<h2>` (a board that lists the job as a
 * row of a table of jobs, its title an `<h2>` link among its tag links).
 */
function mainHeadings(order: readonly DomNode[]): ReadonlySet<DomNode> {
  const h1s = order.filter((n) => tagName(n) === 'h1');
  const h2 = h1s.length === 0 ? order.find((n) => tagName(n) === 'h2') : undefined;
  return new Set(h2 ? [h2] : h1s);
}

/** Text and link sizes of every element of `order` (document order), children before parents; `left` out count nothing. */
function sizes(order: readonly DomNode[], main: ReadonlySet<DomNode>, left: ReadonlySet<DomNode> = new Set()): Map<DomNode, Size> {
  const out = new Map<DomNode, Size>();
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k];
    const name = tagName(node);
    if (node.type === 'text') {
      // A script's or style's text counts for nothing (below), and pages carry megabytes of it: no need to measure it.
      const parent = node.parent?.type;
      const n = parent === 'script' || parent === 'style' ? 0 : (node.data ?? '').replace(/\s+/g, '').length;
      out.set(node, { text: n, link: 0, links: 0, fields: 0, h1: false });
      continue;
    }
    const size: Size = { text: 0, link: 0, links: 0, fields: isField(node) ? 1 : 0, h1: main.has(node) };
    if (node.type === 'script' || node.type === 'style' || node.type === 'comment' || left.has(node)) {
      out.set(node, size);
      continue;
    }
    for (const child of node.children ?? []) {
      const c = out.get(child);
      if (!c) continue;
      size.text += c.text;
      size.link += c.link;
      size.links += c.links;
      size.fields += c.fields;
      size.h1 ||= c.h1;
    }
    if (name === 'a') {
      size.link = size.text;
      size.links++;
    }
    out.set(node, size);
  }
  return out;
}

/** The element whose class or id names the posting's description, with the most text. */
function mainElement(hint: ReadonlyMap<DomNode, string>, size: Map<DomNode, Size>): DomNode | null {
  let best: DomNode | null = null;
  let bestText = MIN_MAIN_TEXT - 1;
  for (const [node, h] of hint) {
    if (!CONTENT_HINT.test(h)) continue;
    const text = size.get(node)?.text ?? 0;
    if (text > bestText) {
      best = node;
      bestText = text;
    }
  }
  return best;
}

/** The box a related-jobs heading opens: the nearest ancestor with more text than the heading. */
function boxOf(heading: DomNode, size: Map<DomNode, Size>): DomNode | null {
  const own = size.get(heading)?.text ?? 0;
  let node = heading.parent ?? null;
  for (let up = 0; node && up < 4; up++, node = node.parent ?? null) {
    if ((size.get(node)?.text ?? 0) > own + 20) return node;
  }
  return null;
}

/**
 * Two passes: what tag, role and class/id say first; then link density and
 * related-jobs headings on what is left (a page header that holds the site's
 * menu and the posting's title is not link-dense once its menu is gone).
 */
/** A heading and its following siblings up to the next heading of the same or a higher rank. */
function sectionOf(heading: DomNode): DomNode[] {
  const siblings = heading.parent?.children ?? [heading];
  const rank = Number(tagName(heading)?.[1] ?? 6);
  const out: DomNode[] = [heading];
  for (let i = siblings.indexOf(heading) + 1; i < siblings.length; i++) {
    const h = /^h([1-6])$/.exec(tagName(siblings[i]) ?? '');
    if (h && Number(h[1]) <= rank) break;
    out.push(siblings[i]);
  }
  return out;
}

export function findFurniture(root: DomNode): Set<DomNode> {
  const order = [...elements(root)];
  // Class/id/label words of every tag, once: both passes below read them.
  const hint = new Map<DomNode, string>();
  for (const node of order) if (node.type === 'tag') hint.set(node, hints(node));
  const headings = mainHeadings(order);
  // (A page's one main heading is the posting's; several are a template's taglines as often, "Bolder future." in a footer.)
  const oneMain = headings.size === 1;
  const whole = sizes(order, headings);
  const total = whole.get(root)?.text ?? 0;
  const main = mainElement(hint, whole);
  const keep = new Set<DomNode>();
  for (let n: DomNode | null | undefined = main; n; n = n.parent) keep.add(n);
  const droppable = (node: DomNode) => !keep.has(node) && (whole.get(node)?.text ?? 0) <= MAX_FURNITURE_SHARE * total;

  const furniture = new Set<DomNode>();
  // What the markup names as furniture is furniture inside the description too ("similar searches", "share").
  // An application form can outweigh the posting; a form that wraps the whole page holds its <h1>, or
  // has no field to fill in (ASP.NET wraps every page in one form of hidden inputs and buttons). A box of
  // labelled fields is a form by its shape, <form> or not.
  const droppableForm = (node: DomNode) =>
    !keep.has(node) && ((tagName(node) === 'form' && !whole.get(node)?.h1 && (whole.get(node)?.fields ?? 0) > 0) || (droppable(node) && isFormBox(whole.get(node))));
  // A details box, and each row of one in a sidebar: its rows may be marked one by one ("sidebar-item").
  const details = new Map<DomNode, boolean>();
  const inDetails = (node: DomNode): boolean => {
    let known = details.get(node);
    if (known === undefined) details.set(node, (known = holdsDetails(node, whole)));
    return known;
  };
  const rowOfDetails = (node: DomNode): boolean => !!node.parent && isMarkedFurniture(node.parent, hint.get(node.parent) ?? '') && inDetails(node.parent);
  walkOutside(
    root,
    null,
    furniture,
    (node) =>
      node !== main &&
      (droppableForm(node) ||
        (droppable(node) && ((isMarkedFurniture(node, hint.get(node) ?? '', oneMain ? whole.get(node) : undefined) && !inDetails(node) && !rowOfDetails(node)) || isCredit(node, whole)))),
  );
  const left = sizes(order, headings, furniture);
  walkOutside(root, main, furniture, (node) => droppable(node) && isLinkList(node, left));
  // Boxes of other jobs and of the board's pay statistics under their headings, and lists of other jobs' cards, inside
  // the description's element too (a board's "Similar jobs" or "Product Designer salaries at ..." box in it).
  walkOutside(root, null, furniture, (node) => {
    const name = tagName(node);
    const heading = name && /^h[1-6]$/.test(name) ? textOf(node, 80) : '';
    if (heading && (RELATED_HEADING.test(heading) || PAY_STATISTICS_HEADING.test(heading))) {
      const box = boxOf(node, left);
      // The box, unless it holds the posting too: then the heading and what follows it up to the next heading.
      if (box && droppable(box) && !left.get(box)?.h1) furniture.add(box);
      else for (const n of sectionOf(node)) furniture.add(n);
      return false;
    }
    const cards = jobCards(node, (n) => left.get(n));
    if (cards.length === 0) return false;
    if (droppable(node) && !left.get(node)?.h1) return true;
    for (const card of cards) furniture.add(card);
    return false;
  });
  return furniture;
}

/** Visit elements outside `main` (when given) and outside what is already furniture; add those `test` marks. */
function walkOutside(root: DomNode, main: DomNode | null, furniture: Set<DomNode>, test: (node: DomNode) => boolean): void {
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === main || furniture.has(node) || (node.type !== 'tag' && node.type !== 'root')) continue;
    if (node.type === 'tag' && test(node)) {
      furniture.add(node);
      continue;
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

const NOT_FIELDS = new Set(['hidden', 'submit', 'button', 'image', 'reset']);

/** A field a person fills in: a text box, a choice, a file. */
function isField(node: DomNode): boolean {
  const name = tagName(node);
  return name === 'select' || name === 'textarea' || (name === 'input' && !NOT_FIELDS.has((node.attribs?.type ?? 'text').toLowerCase()));
}

// An application form that is no <form> (a script submits it): fields, each with a label of a few words
// ("First name *", "Do you require visa sponsorship?") and little else.
const MIN_FORM_FIELDS = 3;
const MAX_TEXT_PER_FIELD = 60;

function isFormBox(size: Size | undefined): boolean {
  return !!size && size.fields >= MIN_FORM_FIELDS && size.text <= size.fields * MAX_TEXT_PER_FIELD && !size.h1;
}

function isMarkedFurniture(node: DomNode, h: string, size?: Size): boolean {
  const name = tagName(node) ?? '';
  const a = node.attribs ?? {};
  if ((FURNITURE_TAGS.has(name) && !isArticleFooter(node)) || name === 'form') return true;
  if (a.role && FURNITURE_ROLES.has(a.role.toLowerCase())) return true;
  // Hidden from readers: an icon, a closed menu; or the whole page behind an open modal, which holds
  // most of the page's text and so is never dropped.
  if (a['aria-hidden'] === 'true') return true;
  // The link to the page's own content that keyboard users are offered first: "Skip to main content".
  if (name === 'a' && (a.href ?? '').includes('#') && SKIP_LINK.test(textOf(node, 40))) return true;
  // (A class word alone does not drop the posting's header with the page's one main heading (`size` given), where it is
  // no list of links: a layout's "menu_top" over "<h1>Auxiliar Contable</h1>", the employer and the place.)
  return FURNITURE_HINT.test(h) && !CONTENT_HINT.test(h) && !(size?.h1 && size.link < MAX_LINK_DENSITY * size.text);
}

const SKIP_LINK = /^\s*skip (?:to|navigation)\b/i;

/**
 * An article's own footer (HTML's `<footer>` inside an `<article>`): its meta, such as the employer, the closing date
 * and the place ("Organization" / "Contoso Relief", "City" / "Cox's Bazar"), not the site's footer. Its class or id
 * still marks share buttons in it as furniture.
 */
function isArticleFooter(node: DomNode): boolean {
  if (tagName(node) !== 'footer') return false;
  for (let n = node.parent; n; n = n.parent) if (tagName(n) === 'article') return true;
  return false;
}

// The software's credit line: "Powered by Dover", "Recruiting software by Personio", "Career site by Teamtailor" (the
// name is the vendor's, not the employer's nor a place).
const CREDIT = /^(?:(?:software )?powered by|(?:recruiting|recruitment|applicant tracking) software by|career (?:site|page) by)\b/i;
const MAX_CREDIT = 60;

function isCredit(node: DomNode, size: Map<DomNode, Size>): boolean {
  return (size.get(node)?.text ?? MAX_CREDIT + 1) <= MAX_CREDIT && CREDIT.test(textOf(node, MAX_CREDIT + 20));
}

// A details box's rows: a label of its own element ("Location", "Employment Type"), at most this long.
const MAX_LABEL_TEXT = 30;
const MIN_DETAIL_FIELDS = 2;

/**
 * A box of the posting's details, which some boards put in a sidebar ("Location" / "Boise, Idaho", "Employment
 * Type" / "Full-Time"): label elements of two fields or more, none repeated (the cards of a list of other jobs
 * repeat theirs), and few links.
 */
function holdsDetails(node: DomNode, size: Map<DomNode, Size>): boolean {
  if (isLinkList(node, size)) return false;
  const fields = new Set<string>();
  for (const el of elements(node)) {
    if (el.type !== 'tag' || (el.children ?? []).some((c) => c.type === 'tag')) continue;
    const text = textOf(el, MAX_LABEL_TEXT);
    if (text.length === 0 || text.length > MAX_LABEL_TEXT) continue;
    const field = labelField(text);
    if (!field) continue;
    if (fields.has(field)) return false;
    fields.add(field);
  }
  return fields.size >= MIN_DETAIL_FIELDS;
}

/** Mostly links: a menu, a list of other jobs. Never what holds the page's main heading. */
function isLinkList(node: DomNode, size: Map<DomNode, Size>): boolean {
  const s = size.get(node);
  return !!s && s.links >= MIN_LINKS && s.link >= MAX_LINK_DENSITY * s.text && !s.h1 && tagName(node) !== 'a';
}
