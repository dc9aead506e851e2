import fc from 'fast-check';
import type { PostingInput } from '../../src';
import { copiedText } from '../../src/eval/page-text';

/** Posting-like inputs for property tests and `npm run fuzz`: words and breaks a rule can react to. */
const WORDS = [
  'Care', 'Assistant', 'Nurse', 'nurse', 'London', 'Leeds', 'Reading', 'Bath', 'Sale', 'Chester', 'Surrey', 'Excel', 'Microsoft', 'excel',
  'customer', 'service', 'Manager', 'manager', 'Senior', 'sales', 'experience', 'years', 'year', 'essential', 'Essential', 'desirable',
  'must', 'GCSE', 'NVQ', 'Level', '2', '3', 'degree', 'full', 'time', 'part', 'remote', 'hybrid', 'no', 'permanent', 'contract',
  'temporary', '£25,000', '£9.50', '$60,000', '€30k', '25,000', '30000', '9.50', 'per', 'hour', 'annum', 'week', 'p/h', 'k', '25k',
  '30K', 'OTE', 'c', 'circa', 'up', 'to', '-', 'and', 'based', 'in', 'the', 'a', 'SW1A', '1AA', 'Denver,', 'CO', '80202', '5+',
  'two', 'ability', 'knowledge', 'of', 'communication', 'verbal', 'written', 'skills', 'Requirements', 'Requirements:', 'Benefits:',
  'About', 'us', 'pension', 'holiday', 'driving', 'licence', 'DBS', 'French', 'fluent', 'www.example.com', 'https://jobs.example.co.uk/a?b=1',
  'jobs@example.co.uk', '0161', '496', '0000', 'Ltd', 'Acme', 'Healthcare', '****', '****K', 'Monday', 'Friday', 'shifts', 'nights',
  'Location:', 'Salary:', 'Company:', 'DOE', 'negotiable', 'competitive', 'pro', 'rata', '37.5', 'hours', 'following:', 'Inc.', 'Co.',
  // A board's header and chips, as pages copied or run onto one line give them.
  'VP', 'Chief', 'at', '@', '·', '|', '4.1', '★', '(Remote)', 'Apply', 'now', 'Posted', 'ago', 'Uk', 'HQ', 'Jobs', '04109', 'Leipzig', 'Austin,', 'TX',
];
/** Breaks the normaliser keeps as they are (up to runs of spaces). */
// (A sentence may end inside its closing quote or bracket: '.”', '.)'.)
const PLAIN_BREAKS = [' ', ' ', ' ', ' ', '\n', '\n\n', ', ', '. ', ': ', '\n- ', '\n• ', '\n* ', '  ', '/', ' (', ') ', '."\n', '.)\n'];
/** Characters and sequences the normaliser rewrites, and ones that have broken tokenisers. */
const MESSY = [
  '“', '”', '’', '–', '—', '\u00a0', '\u1680', '\u2003', '\u200b', '\u00ad', '😀', 'é', 'ﬁ', '２', '\ud800', '\udc00', '\u0000', '\u0007',
  'â€™', 'Â£', '\r', '\r\n', '\t', '\f', '\u2028', '&amp;', '&pound;', '<b>', '</p>', '>', '<', '*-9', '//', '..', '@', '!', '#',
  // Markdown's marks.
  '\n## ', '**', '*', '_', '`', '[', '](https://a.example/b)', '![', '\n> ', '\n```\n', '\n| ', ' | ', ' |\n', '|---|---|',
  // Whole pages in Markdown: linked logos, titled images, link cards over lines, escapes.
  '[![logo](a.png)](/)', '](/c "t")', '\n[\n', '\n](/d)\n', '\\-', '\\*',
  // A converter's link addresses, and text taken node by node.
  ' [https://a.example/c]', ' [/jobs/1]', '\n(\n', '\n)\n', '\n—\n',
  // A word broken over lines, as PDFs give it, a line broken mid-sentence, and a Symbol font's bullet.
  'mainte-\nnance', '-\n', 'the timely and accurate submission of claims to payers and\n   ', '\n\uf0b7 ',
  // A board's interface in a copied page, and an XML feed's CDATA markers.
  '\nShare\n', '\nEasy Apply\n', '\nMeet the hiring team\n', '\nShow more\n', '<![CDATA[', ']]>',
];

const plainText = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PLAIN_BREAKS)), { maxLength: 40 })
  .map((parts) => parts.map(([w, b]) => w + b).join(''));

const messyText = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PLAIN_BREAKS), fc.constantFrom(...MESSY), fc.string({ maxLength: 4, unit: 'binary' })), { maxLength: 50 })
  .map((parts) => parts.join(''));

const feed = fc
  .tuple(plainText, fc.constantFrom(...WORDS), fc.nat(99999999), plainText)
  .map(([title, company, id, description]) => `Title: ${title.split('\n')[0]}\nWebindex: ${id}\nCompany: ${company}\nDescription: ${description}`);

const objectInput = (text: fc.Arbitrary<string>): fc.Arbitrary<PostingInput> =>
  fc.record({ title: text, company: text, location: text, salary: text, text }, { requiredKeys: [] });

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Well-formed HTML: properly nested blocks, lists and inline elements around posting text. */
const html = fc
  .array(
    fc.oneof(
      plainText.map((t) => `<p>${escapeHtml(t)}</p>`),
      plainText.map((t) => `<h2>${escapeHtml(t)}</h2>`),
      fc.array(plainText, { minLength: 1, maxLength: 5 }).map((items) => `<ul>${items.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>`),
      fc.tuple(plainText, fc.constantFrom('b', 'strong', 'em', 'span', 'a'), plainText).map(([a, tag, b]) => `<div>${escapeHtml(a)}<${tag}>${escapeHtml(b)}</${tag}> ${escapeHtml(a)}</div>`),
      // An XML feed's value in a CDATA section.
      plainText.map((t) => `<description><![CDATA[<p>${escapeHtml(t)}</p>]]></description>`),
    ),
    { maxLength: 8 },
  )
  .map((blocks) => `<html><head><title>Job</title></head><body>${blocks.join('\n')}</body></html>`);

/** A posting given as JSON text, and a page drawn by script whose data holds it (in JSON, or as state a script assigns). */
const jsonPosting = fc
  .record({ title: plainText, company: plainText, location: plainText, salary: plainText, description: fc.oneof(plainText, html) }, { requiredKeys: ['title'] })
  .map((job) => JSON.stringify({ job }));
const pageData = fc
  .tuple(jsonPosting, fc.constantFrom('<script id="__NEXT_DATA__" type="application/json">#</script>', '<script>window.__STATE__ = #;</script>', '<script type="application/ld+json">#</script>'))
  .map(([json, script]) => `<html><head><title>Job</title></head><body><div id="root"></div>${script.replace('#', () => json.replace(/</g, '\\u003c'))}</body></html>`);

/** A short run of words, as a menu's link, a chip or a heading holds. */
const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => escapeHtml(w.join(' ')));
/**
 * A whole job-board page: a cookie banner, the site's menu and breadcrumbs, a header of title, employer, chips and a
 * details box, the posting's text, a sidebar of other jobs' cards and a footer, each part there or not, in the
 * page's head its title and og:title.
 */
const page = fc
  .record({
    banner: fc.option(plainText.map((t) => `<div class="cookie-banner"><p>${escapeHtml(t)}</p><button>I agree</button></div>`), { nil: '' }),
    menu: fc.array(words, { maxLength: 8 }).map((links) => `<header><nav><ul>${links.map((l) => `<li><a href="/x">${l}</a></li>`).join('')}</ul></nav></header>`),
    crumbs: fc.array(words, { maxLength: 3 }).map((c) => (c.length ? `<nav aria-label="breadcrumb">${c.map((l) => `<a href="/c">${l}</a>`).join(' / ')}</nav>` : '')),
    title: words,
    company: fc.option(words, { nil: '' }),
    chips: fc.array(words, { maxLength: 5 }).map((c) => c.map((l) => `<span class="chip">${l}</span>`).join(' · ')),
    details: fc.array(fc.tuple(words, words), { maxLength: 4 }).map((rows) => (rows.length ? `<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>` : '')),
    body: html.map((h) => h.replace(/^.*<body>|<\/body>.*$/g, '')),
    cards: fc.array(fc.tuple(words, words), { maxLength: 3 }).map((cs) => `<aside>${cs.map(([t, c]) => `<article><h3>${t}</h3><p>${c}</p></article>`).join('')}</aside>`),
    footer: fc.array(words, { maxLength: 6 }).map((links) => `<footer>${links.map((l) => `<a href="/f">${l}</a>`).join(' ')}</footer>`),
  })
  .map(
    (p) =>
      `<html><head><title>${p.title} job at ${p.company || 'Site'} | Jobs</title><meta property="og:title" content="${p.title}"></head><body>` +
      `${p.banner}${p.menu}<main>${p.crumbs}<h1>${p.title}</h1>${p.company ? `<div class="company">${p.company}</div>` : ''}` +
      `<div class="chips">${p.chips}</div>${p.details}<section>${p.body}</section>${p.cards}</main>${p.footer}</body></html>`,
  );

export const arbitraries = {
  /** Text whose characters the normaliser keeps: every span slices to its text, up to spaces. */
  plainText,
  messyText,
  anyString: fc.string({ maxLength: 120, unit: 'binary' }),
  feed,
  plainObject: objectInput(plainText),
  messyObject: objectInput(messyText),
  html,
  /** The same HTML escaped, as job APIs carry a posting's body. */
  escapedHtml: html.map(escapeHtml),
  jsonPosting,
  pageData,
  page,
  /** The page copied as text, and run onto one line (its whitespace collapsed). */
  pageAsText: fc.tuple(page, fc.boolean()).map(([h, oneLine]) => copiedText(h, oneLine)),
};

/** The generators whose spans slice to their text; the rest are checked for range, order and finiteness. */
export const SLICES: ReadonlySet<keyof typeof arbitraries> = new Set(['plainText', 'feed', 'plainObject', 'html'] as const);
