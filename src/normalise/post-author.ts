/**
 * A social post copied with its author's block over it, as LinkedIn, Facebook and X print one: the author's name, their
 * headline ("Director of Data Science at Contoso Health | ex-Epic"), a group's name, and the post's age ("2d · Edited",
 * "5h · 🌎", "March 18 at 7:12 AM"); a chat's channel and message line, a forum's comment line. None of it is the job's
 * title; the headline names the author's employer.
 */
import { CARD_DATE_SOURCE } from './interface-lines';
import { lazy } from '../util/lazy';

// The post's age, and what the network prints after it: "2d", "1w · Edited", "5h · 🌎", "3 days ago", "March 18 at
// 7:12 AM · 🌎", "Apr 3", "Yesterday at 9:15 PM" (its emoji may be trimmed off, "5h ·"). A handle's line on X ends with
// it: "Dana Okoro @danaokoro · Apr 3".
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?`;
const AGE = String.raw`(?:\d{1,2}(?:s|m|h|d|w|mo|y)|${CARD_DATE_SOURCE}|${MONTH} \d{1,2}(?:, \d{4})?(?: at \d{1,2}:\d{2} ?[AP]M)?|(?:Yesterday|Today) at \d{1,2}:\d{2} ?[AP]M)`;
// Reddit's separator is a bullet: "r/VideoEditing • Posted by u/backroadgarage • 1d"; Discord's a dash (a hyphen once
// normalised): "moonwell_hannah — Yesterday at 4:17 PM".
// (Its dots may be bullets: "2d • Edited •".)
const POST_AGE = new RegExp(String.raw`(?:^|\s[·•—–-]\s)${AGE}(?:\s?[·•]\s?(?:Edited|\p{Extended_Pictographic}\uFE0F?|Visible to anyone on or off LinkedIn))*(?:\s?[·•])?\s?$`, 'u');
// A chat's message line, its author's name and the time (Slack: "Priya Raman  10:42 AM"), and a forum comment's, the
// handle, its age and the links after it (Hacker News: "pebblecast_sam 2 days ago | parent | next [–]"). Bounded: linear.
// (The normaliser may have put the time on a line of its own.)
const CHAT_AUTHOR = /^(?:\p{Lu}[\p{L}'’.-]{0,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){0,3} {1,2})?\d{1,2}:\d{2} ?[AP]M$/u;
// (Not a board's date of the posting: "Posted 2 days ago", "Updated 3 hours ago".)
const COMMENT_AUTHOR = /^(?!(?:posted|reposted|updated|published|listed|added|active|edited)\b)[\w-]{2,30} \d{1,2} (?:minutes?|hours?|days?|weeks?|months?|years?) ago(?: \| [^|\n]{1,30}){0,6}?(?: \[[–-]\])?$/i;
const isAgeLine = (line: string): boolean => POST_AGE.test(line) || CHAT_AUTHOR.test(line) || COMMENT_AUTHOR.test(line);
/** The author's block is at most this many lines over the age, and is at the text's top. */
const MAX_AUTHOR_LINES = 3;
const MAX_AUTHOR_LINE = 120;
const SENTENCE_END = /[.!?]$/;

// A group's name over its post ("Fresno Jobs & Gigs group", "Springfield MO Jobs & Gigs (Public group)", "Facebook
// Marketplace · Jobs"), and the post's author under it ("Posted by Dana Okoro"). The word in small letters: a firm's name
// ends in "Group". Bounded: linear.
const GROUP_LINE = /^(?:[^\n]{2,60} (?:\([Pp]ublic group\)|\([Pp]rivate group\)|group)|Facebook Marketplace(?: [·•] [^\n]{1,30})?)$/;
const POSTED_BY = /^[Pp]osted by \p{Lu}[\p{L}'’.-]{0,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){0,3}$/u;
// An account's handle and its place, as Instagram prints them over a post: "velvetandvinesalon · Savannah, Georgia".
const HANDLE_PLACE = /^[a-z\d._]{3,30} [·•] (\S[^\n]{1,60})$/;

/**
 * How many of the first lines (read by `lineAt`, `count` in all) are a post's author block, its age's line last, or a
 * group's name or a handle over it; 0 for none. `isPlace`: whether a line names a place.
 */
export function postAuthorLines(lineAt: (i: number) => string, count: number, isPlace: (line: string) => boolean = () => false): number {
  for (let k = 0; k <= MAX_AUTHOR_LINES && k < count; k++) {
    const line = lineAt(k);
    if (isAgeLine(line) && line.length <= MAX_AUTHOR_LINE) return k + 1;
    if (line.length > MAX_AUTHOR_LINE || SENTENCE_END.test(line)) break;
  }
  const first = lineAt(0);
  const handle = HANDLE_PLACE.exec(first);
  if (count < 2 || !(GROUP_LINE.test(first) || (handle && isPlace(handle[1])))) return 0;
  return POSTED_BY.test(lineAt(1)) ? 2 : 1;
}

// The employer a headline names: "Director of Data Science at Contoso Health | ex-Epic", "Technical Recruiter @ Apex
// Staffing". Bounded: linear.
const HEADLINE_EMPLOYER = lazy(() => /\s(?:at|@)\s(\p{Lu}[\p{L}\d&'’.-]*(?: (?:[\p{Lu}\d&][\p{L}\d&'’.-]*|of|and|for|the)){0,5})\s?(?:[|·•,]|$)/u);

/** The employer the headline of a post's author block names (see postAuthorLines), over `blocks` of `text`, or null. */
export function postAuthorEmployer(text: string, blocks: readonly { start: number; end: number }[]): { text: string; start: number; end: number } | null {
  const lineAt = (i: number) => (i < blocks.length ? text.slice(blocks[i].start, blocks[i].end) : '');
  const count = postAuthorLines(lineAt, blocks.length);
  for (let k = 0; k < count - 1; k++) {
    const m = HEADLINE_EMPLOYER().exec(lineAt(k));
    if (!m) continue;
    const start = blocks[k].start + m.index + m[0].indexOf(m[1]);
    return { text: m[1], start, end: start + m[1].length };
  }
  return null;
}
