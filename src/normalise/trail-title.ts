/**
 * A page's breadcrumb trail run onto its heading, as a page scraped onto one line reads: the trail's last crumb is the
 * job, and the heading says it again right after, perhaps with the employer's name between ("Jobs › Product › Senior
 * Product Manager - Claims Contoso Insurance Senior Product Manager - Claims Posted 5 days ago ...", "Home > Lansing >
 * Line Cook - Part Time Line Cook - Part Time Fabrikam Diner ...").
 */
import type { Span } from '../types/common';
import { gluedWords } from './glued-words';
import { coreEndsAsRole, isTitleLine, MAX_NAME_WORDS, nameLine, siteLine } from './header-lines';
import { namesRole } from './role-words';

const CAPITAL_START = /^\p{Lu}/u;

export interface TrailTitle {
  /** The heading's words: the crumb said again. */
  title: Span;
  /** The words between the crumb and the heading: the employer's name, or null where none stand between. */
  between: Span | null;
}

// A trail's arrow between crumbs: "Jobs › Product", "Home > Michigan", "Search Jobs / Java Jobs".
const ARROW = / [>›»/] /g;
/** How far into the line a trail is looked for, and how many of its arrows are read. */
const REACH = 12_000;
const MAX_ARROWS = 40;
const MAX_TITLE_WORDS = 10;
/** How much of the line after an arrow its crumb and heading may take. */
const CRUMB_REACH = 400;

/**
 * The heading that says again a trail's last crumb from `from` in `text` (up to `to`): the crumb of the most words that
 * ends as a job's title does and the same words said again after it, with at most a name's words between; the first
 * arrow that has one (only the last crumb is said again). Null where none.
 */
export function trailTitle(text: string, from: number, to: number): TrailTitle | null {
  const line = text.slice(from, Math.min(to, from + REACH));
  let arrows = 0;
  ARROW.lastIndex = 0;
  for (let m = ARROW.exec(line); m && arrows < MAX_ARROWS; m = ARROW.exec(line), arrows++) {
    const base = from + m.index + m[0].length;
    const heading = crumbSaidAgain(text, base, gluedWords(text.slice(base, Math.min(from + line.length, base + CRUMB_REACH))));
    if (heading) return heading;
  }
  const window = text.slice(from, Math.min(to, from + DOUBLED_REACH));
  const lineEnd = window.indexOf('\n');
  return doubledTitle(text, from, lineEnd === -1 ? window : window.slice(0, lineEnd));
}

/** How far into the line a crumb with no arrow before it is looked for, and at most how many words are tried. */
const DOUBLED_REACH = 1_500;
const MAX_DOUBLED_STARTS = 120;

/**
 * A trail whose crumbs lost their arrows ("Home IT Jobs Testing / QA Software Test Engineer (Contract) Software Test
 * Engineer (Contract) Lagan Quay Systems ..."): the first title of two words or more said twice in a row, the heading
 * after the last crumb.
 */
function doubledTitle(text: string, from: number, line: string): TrailTitle | null {
  const words = gluedWords(line);
  for (let at = 0; at < Math.min(words.length, MAX_DOUBLED_STARTS); at++) {
    for (let n = Math.min(MAX_TITLE_WORDS, Math.floor((words.length - at) / 2)); n >= 2; n--) {
      if (!words.slice(at, at + n).every((w, k) => w[0] === words[at + n + k][0])) continue;
      const start = from + words[at + n].index!;
      const end = from + words[at + 2 * n - 1].index! + words[at + 2 * n - 1][0].length;
      const title = text.slice(start, end);
      if (coreEndsAsRole(title) && namesRole(title) && isTitleLine(title) && !siteLine(title)) return { title: { text: title, start, end }, between: null };
    }
  }
  return null;
}

/** The crumb that opens `words` (read at `base`) said again within a name's words after it, the longest; or null. */
function crumbSaidAgain(text: string, base: number, words: RegExpMatchArray[]): TrailTitle | null {
  const span = (a: number, b: number): Span => {
    const start = base + words[a].index!;
    const end = base + words[b - 1].index! + words[b - 1][0].length;
    return { text: text.slice(start, end), start, end };
  };
  for (let n = Math.min(MAX_TITLE_WORDS, Math.floor(words.length / 2)); n >= 1; n--) {
    const crumb = span(0, n).text;
    if (!coreEndsAsRole(crumb) || !isTitleLine(crumb) || siteLine(crumb)) continue;
    for (let gap = 0; gap <= MAX_NAME_WORDS && n + gap + n <= words.length; gap++) {
      if (!words.slice(0, n).every((w, k) => w[0] === words[n + gap + k][0])) continue;
      const between = gap > 0 ? span(n, n + gap) : null;
      // (Words between that are no name are the trail's or the page's: no heading said again.)
      if (between && (!CAPITAL_START.test(between.text) || !nameLine(between.text))) break;
      return { title: span(n + gap, n + gap + n), between };
    }
  }
  return null;
}
