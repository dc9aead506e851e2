/**
 * A search form's pay filter copied with a whole page: its bands a line each under their first choice ("Any salary" /
 * "$20+/hr" / "$25+/hr" / "$40,000+", "R15 000+ p/m"), or all on one line, or its minimums a line each, rising
 * ("$3,000/mo" / "$5,000/mo" / "$7,500/mo"). None of them is the posting's pay.
 */
import { ANY_OPTION, PAY_BAND, PAY_PERIOD_TAIL } from '../terms/filter-options';
import { shortLineEnd, shortLineStart } from '../../util/lines';

// A band: a figure with its "+", its currency and period around it. Bounded: linear.
const BAND = new RegExp(String.raw`^[^\s\d]{0,4} ?${PAY_BAND}$`, 'i');
const MAX_BAND_LINE = 40;
const LIST_MARK = /^[-*•]\s+/;

/** The line of `text` around `at`, trimmed and without its list mark, or null when it is longer than a band's. */
function lineAt(text: string, at: number): { start: number; end: number; line: string } | null {
  const start = shortLineStart(text, at, MAX_BAND_LINE);
  const end = start === -1 ? -1 : shortLineEnd(text, start, MAX_BAND_LINE);
  // (Markdown and converters print the options as a list: "-   $20+/hr", " * Any salary".)
  return end === -1 ? null : { start, end, line: text.slice(start, end).trim().replace(LIST_MARK, '') };
}

// The bands all on one line, as Markdown prints a select's options: "Any hourly pay$15+$20+$25+$30+".
const BAND_IN_LINE = /\d[\d,.]{0,9}[kK]?\+/g;
const MIN_BANDS_ON_LINE = 3;
const MAX_BANDS_LINE = 160;

/** The line around `at`, where it is no longer than a line of bands; else null. */
function shortLineAround(text: string, at: number): string | null {
  const start = shortLineStart(text, at, MAX_BANDS_LINE);
  const end = start === -1 ? -1 : shortLineEnd(text, start, MAX_BANDS_LINE);
  return end === -1 ? null : text.slice(start, end);
}

/** How many bands the line around `at` holds, where it is no longer than a line of bands. */
function bandsOnLine(text: string, at: number): number {
  return shortLineAround(text, at)?.match(BAND_IN_LINE)?.length ?? 0;
}

// A filter's ranges or minimums all on one line, with little else: "Pay range £0 to £10,000 £20,000 to £30,000 ...",
// "Salary from Any£10,000£20,000£30,000", "Salary 6-10 Lakhs 10-15 Lakhs 15-25 Lakhs". A figure with its currency's
// sign or a unit; what is left are the filter's words. Bounded: linear.
const FILTER_FIGURE = /[£$€₹] ?\d[\d,.]{0,9}[kK]?|\d[\d,.]{0,9}(?: ?(?:[kK]\b|Lakhs?\b|Lacs?\b|LPA\b))/g;
// (And the figures a range's unit follows: "6-10 Lakhs".)
const FILTER_WORDS = /\b(?:to|and|any|all|salary|from|pay|range|minimum|maximum|min|max|up|over|under|per|annum|year|month|hour|a)\b|[-–+:/|·•]|\d[\d,.]{0,9}/gi;
const MIN_FIGURES_ON_LINE = 4;
/** Words a line of figures may hold besides them and the filter's words ("Band 5: ... Band 6: ..." is a posting's table). */
const MAX_OTHER_WORDS = 1;

/** Whether the line around `at` is a filter's figures: four or more, with its words and few others. */
function figuresLine(text: string, at: number): boolean {
  const line = shortLineAround(text, at);
  if (line === null || (line.match(FILTER_FIGURE)?.length ?? 0) < MIN_FIGURES_ON_LINE) return false;
  const rest = line.replace(FILTER_FIGURE, ' ').replace(FILTER_WORDS, ' ').trim();
  return rest === '' || rest.split(/\s+/).length <= MAX_OTHER_WORDS;
}

// A band without its "+", a figure alone with its period: "$3,000/mo", "$50k/yr"; or a band's range, "£20,000 to £30,000"
// (read by its floor). Bounded: linear.
const FIGURE = new RegExp(String.raw`^[^\s\d]{0,4} ?(\d[\d,.]{0,9})([kK]?)(?: ?(?:to|-|–) ?[^\s\d]{0,4} ?\d[\d,.]{0,9}[kK]?)?${PAY_PERIOD_TAIL}$`, 'i');
const figureOf = (line: string): number | null => {
  const m = FIGURE.exec(line);
  return m ? Number(m[1].replace(/,/g, '')) * (m[2] ? 1000 : 1) : null;
};
/** How many lines of figures alone, rising, make a filter's run of minimums ("$3,000/mo" / "$5,000/mo" / "$7,500/mo"). */
const MIN_RISING_RUN = 3;

/** The figures alone on the lines either side of `own`, rising through it, counted with its own; 0 where its is none. */
function risingRun(text: string, own: { start: number; end: number; line: string }): number {
  const value = figureOf(own.line);
  if (value === null) return 0;
  let count = 1;
  for (let [line, last] = [own, value]; count < MIN_RISING_RUN && line.start > 0; count++) {
    const above = lineAt(text, line.start - 1);
    const v = above && figureOf(above.line);
    if (!above || v === null || v >= last) break;
    [line, last] = [above, v];
  }
  for (let [line, last] = [own, value]; count < MIN_RISING_RUN && line.end < text.length; count++) {
    const below = lineAt(text, line.end + 1);
    const v = below && figureOf(below.line);
    if (!below || v === null || v <= last) break;
    [line, last] = [below, v];
  }
  return count;
}

/**
 * Whether the amount at `at` is a pay filter's band: its line is one, and so is a line beside it or its first choice;
 * or its line is a figure alone among such lines, three or more rising ("Minimum Salary" / "$3,000/mo" / "$5,000/mo");
 * or its line holds a filter's figures and little else.
 */
export function inPayFilter(text: string, at: number): boolean {
  if (bandsOnLine(text, at) >= MIN_BANDS_ON_LINE || figuresLine(text, at)) return true;
  const own = lineAt(text, at);
  if (!own) return false;
  if (!BAND.test(own.line)) return risingRun(text, own) >= MIN_RISING_RUN;
  const above = own.start > 0 ? lineAt(text, own.start - 1) : null;
  const below = own.end < text.length ? lineAt(text, own.end + 1) : null;
  return [above, below].some((l) => l !== null && (BAND.test(l.line) || ANY_OPTION.test(l.line)));
}
