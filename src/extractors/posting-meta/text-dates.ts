/**
 * The posting's dates as its text labels them: "Closing date: 15 January 2027", "Apply by January 31, 2027",
 * "Posted: 2026-12-03". Only an absolute date right after its label counts: "apply by Friday" or "3 days ago" says
 * nothing without the day it was read on.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
// "15 January 2027", "15th Jan, 2027"; "January 31, 2027"; "2027-01-15"; "20/12/2026", "20.12.2026", "20-12-2026".
const DATE = new RegExp(
  String.raw`^(?:(?:[a-z]{3,9},?\s)?${DAY}\s${MONTH},?\s(\d{4})|${MONTH}\s${DAY},?\s(\d{4})|(\d{4})-(\d{2})-(\d{2})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}))(?![\d])`,
  'i',
);
// The labels, closing date's then posting date's, each closing with what may stand between it and the date: one pattern,
// so the text is read once for both.
const LABEL = /\b(?:(closing date|closing|application deadline|deadline(?: to apply| for applications)?|apply (?:by|before)|applications? (?:close|closes|closing)(?: on)?|closes(?: on)?|valid (?:until|through|till)|expiry date|expires(?: on)?|end date for applications)|date posted|posting date|posted(?: on)?|date published|published(?: on)?)\s?:?\s?/gi;
// How far into a long text the labels are looked for (a posting's details, not a page's archive).
const REACH = 20_000;

/** A labelled date of the text, as an ISO date. */
export interface TextDate {
  iso: string;
  start: number;
  end: number;
}

/** What the labels of one kind have named so far: the first date, or a conflict (null) once two disagree. */
type Seen = TextDate | null | undefined;

/** `seen` after a label of its kind names `date`. */
const agreeing = (seen: Seen, date: TextDate): Seen => (seen === undefined ? date : seen !== null && seen.iso === date.iso ? seen : null);

/** The ISO date a DATE match names, or null where it names none ("31/02/2027"). */
function isoOf(d: RegExpExecArray, monthFirst: boolean): string | null {
  let year: number;
  let month: number;
  let day: number;
  if (d[3]) [day, month, year] = [Number(d[1]), MONTHS[d[2].toLowerCase().slice(0, 3)], Number(d[3])];
  else if (d[6]) [month, day, year] = [MONTHS[d[4].toLowerCase().slice(0, 3)], Number(d[5]), Number(d[6])];
  else if (d[7]) [year, month, day] = [Number(d[7]), Number(d[8]), Number(d[9])];
  else {
    const [a, b] = [Number(d[10]), Number(d[11])];
    year = Number(d[12]);
    // The order the figures allow, else the market's: "20/12/2026" can only be the 20th.
    [day, month] = a > 12 ? [a, b] : b > 12 ? [b, a] : monthFirst ? [b, a] : [a, b];
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The closing and posting dates the text labels, each where every label of its kind names the same date: a page copied
 * with its list of other jobs labels each card's ("Posted: November 16, 2023"), and which is this job's the text does
 * not say. `monthFirst` reads "01/02/2027" as 2 January (the US's order).
 */
export function textDates(text: string, monthFirst: boolean): { closes: TextDate | null; posted: TextDate | null } {
  const head = text.length > REACH ? text.slice(0, REACH) : text;
  let closes: Seen;
  let posted: Seen;
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(head); m; m = LABEL.exec(head)) {
    const at = m.index + m[0].length;
    const d = DATE.exec(head.slice(at, at + 40));
    const iso = d && isoOf(d, monthFirst);
    if (!iso) continue;
    const date = { iso, start: at, end: at + d![0].length };
    if (m[1] !== undefined) closes = agreeing(closes, date);
    else posted = agreeing(posted, date);
  }
  return { closes: closes ?? null, posted: posted ?? null };
}
