import { type DomNode, elements, tagName, textOf } from './dom';

/** What a page says about itself: `<title>`, Open Graph and Twitter titles, the site's name, the employer its markup names. */
export interface PageMeta {
  /** Titles the page gives itself, most specific first (og:title, twitter:title, `<title>`). */
  titles: string[];
  siteName: string | null;
  /** The employer's name as the markup names it (see page/marks), or null. */
  employerName: string | null;
  /** The job's title as the markup names it (see page/marks), or null. */
  markedTitle: string | null;
  /** The names the page's logos give (page/marks). */
  logos: string[];
  /** The names the logos of the site's header give, where that header is furniture (page/marks). */
  siteLogos: string[];
}

/** Page titles are short; a longer one is cut, so the title rules read a bounded string. */
const MAX_TITLE_LENGTH = 300;
const clean = (s: string | undefined) => (s ?? '').slice(0, MAX_TITLE_LENGTH).replace(/\s+/g, ' ').trim();

export function readMeta(root: DomNode, marks: { employer: string | null; title: string | null; logos: string[]; siteLogos: string[] }): PageMeta {
  const og: string[] = [];
  let title = '';
  let siteName: string | null = null;
  for (const node of elements(root)) {
    const name = tagName(node);
    if (name === 'body') break;
    // textOf collapses already; only its overshoot past the cap is cut.
    if (name === 'title' && !title) title = textOf(node, MAX_TITLE_LENGTH).slice(0, MAX_TITLE_LENGTH).trimEnd();
    if (name !== 'meta') continue;
    const a = node.attribs ?? {};
    const key = (a.property ?? a.name ?? '').toLowerCase();
    const content = clean(a.content);
    if (!content) continue;
    if (key === 'og:title' || key === 'twitter:title') og.push(content);
    else if (key === 'og:site_name' || key === 'application-name') siteName ??= content;
  }
  const titles = [...new Set([...og, title].filter((t) => t !== ''))];
  return { titles, siteName, employerName: marks.employer, markedTitle: marks.title, logos: marks.logos, siteLogos: marks.siteLogos };
}
