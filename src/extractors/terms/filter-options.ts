/**
 * A search form's filter of job types in a whole page copied as text (a select-all copy, a scraper's `innerText`):
 * each option a line ("Full time" / "Part time" / "Contract" / "Temporary") or all on one ("On-site Hybrid Remote").
 * The HTML path drops the form as page furniture; copied text keeps its lines, whose terms are not the posting's.
 */

// A filter's options by the field they choose in: a filter offers several of one field ("Full time" and "Part time").
const OPTION =
  /(full[ -]?time|part[ -]?time)|(permanent|contract(?:\/temp)?|temp(?:orary)?|casual(?:\/vacation)?|internships?|apprenticeships?|seasonal|freelance|volunteer|fixed[ -]term|per diem)|((?:fully |100% )?remote(?: working| only| \/ work from home)?|hybrid(?: remote| work(?:ing)?)?|on[ -]?site(?: only)?|in[ -]office|in[ -]person|work from (?:home|office))/iy;
// A board's count of jobs or a note may follow an option: "Part time (12)", "Remote (Work From Home)".
const NOTE = / ?\([^()\n]{1,25}\)/y;
// A filter's first choice: "All job types", "Any type", "Any".
const ANY_OPTION = /^(?:all|any)(?: [a-z-]{2,12}){0,3}$/i;
// (A filter's options all on one line run longer: "Full time Part time Contract/Temp Casual/Vacation Remote / work from home".)
const MAX_OPTION_LINE = 120;
/** Options a filter lists at least, of which two choose in one field. */
const MIN_OPTIONS = 3;

/** The fields (0 hours, 1 contract, 2 workplace) of the options that make up the whole of `line`, or null. */
function optionFields(line: string): number[] | null {
  const fields: number[] = [];
  let at = 0;
  while (at < line.length) {
    OPTION.lastIndex = at;
    const m = OPTION.exec(line);
    if (!m) return null;
    fields.push(m[1] ? 0 : m[2] ? 1 : 2);
    at = m.index + m[0].length;
    NOTE.lastIndex = at;
    if (NOTE.test(line)) at = NOTE.lastIndex;
    if (line[at] === ' ') at++;
    else if (at < line.length) return null;
  }
  return fields.length > 0 ? fields : null;
}

const chooses = (fields: readonly number[]): boolean => fields.some((f, k) => fields.indexOf(f) !== k);

/** The line that ends at `end` (a break or the text's end): where it starts, or -1 when it is longer than a filter's. */
function startOfLine(text: string, end: number): number {
  const from = Math.max(0, end - MAX_OPTION_LINE - 1);
  const nl = text.slice(from, end).lastIndexOf('\n');
  return nl !== -1 ? from + nl + 1 : from === 0 ? 0 : -1;
}
/** The line that starts at `start`: where it ends, or -1 when it is longer than a filter's. */
function endOfLine(text: string, start: number): number {
  const nl = text.slice(start, start + MAX_OPTION_LINE + 1).indexOf('\n');
  return nl !== -1 ? start + nl : start + MAX_OPTION_LINE + 1 >= text.length ? text.length : -1;
}

/** How many lines of options either side of a term's own are read, at most: a filter's options are few. */
const RUN_LINES = 8;

/**
 * Whether the term at `[start, end)` is an option of a search form's filter: its line is options only, three or more
 * with two of one field, or one of a run of such lines that holds as many, or that a filter's "All job types" opens.
 */
export function inOptionList(text: string, start: number, end: number): boolean {
  const from = startOfLine(text, start);
  const to = from === -1 ? -1 : endOfLine(text, from);
  if (from === -1 || to === -1 || to < end) return false;
  const fields = optionFields(text.slice(from, to).trim());
  if (!fields) return false;
  if (fields.length >= MIN_OPTIONS && chooses(fields)) return true;
  const run = [...fields];
  let any = false;
  const take = (line: string): boolean => {
    const more = optionFields(line.trim());
    if (more) run.push(...more);
    else any ||= ANY_OPTION.test(line.trim());
    return more !== null;
  };
  for (let k = 0, at = from; k < RUN_LINES && at > 0; k++) {
    const above = startOfLine(text, at - 1);
    if (above === -1 || !take(text.slice(above, at - 1))) break;
    at = above;
  }
  for (let k = 0, at = to; k < RUN_LINES && at < text.length; k++) {
    const below = endOfLine(text, at + 1);
    if (below === -1 || !take(text.slice(at + 1, below))) break;
    at = below;
  }
  return (run.length >= MIN_OPTIONS || (any && run.length >= 2)) && chooses(run);
}
