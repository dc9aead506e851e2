/**
 * A clause about another opening than the posting's own: its terms, its
 * place and its pay are that opening's ("The district also hires seasonal
 * laborers ... and temporary snowplow drivers"; "We are also advertising a
 * separate 12-month fixed-term post to cover maternity leave in our
 * Weston-super-Mare team"; "The district also employs full-time permanent
 * teachers on the certificated salary schedule ($62,450 - $118,300)").
 */

// Each kind or place the "also hires" clause names, however far on ("We are also currently recruiting a Payroll
// Supervisor for a 12-month maternity cover contract at our Basingstoke office").
const ALSO_HIRING_CLAUSE = /\balso\s(?:currently\s|now\s)?(?:hir(?:ing|es)|recruit(?:ing|s)|employ(?:ing|s)|advertising|posting)\s[^.!?;\n]{0,100}$/i;
const ALSO_HIRING_REACH = 130;
// A separate opening, right before or with the opening's words after it: "a separate 12-month fixed-term ...", "our
// separate Customer Service Advisor vacancies are advertised as home working roles".
const SEPARATE_BEFORE = /\bseparate\s(?:[\w-]+\s){0,2}$|\bseparate\s(?:[\w-]+\s){0,4}(?:vacancies|posts?|roles|positions|openings|jobs|assignments|listings)\b[^.!?;\n]{0,60}$/i;
const SEPARATE_REACH = 110;

/** Whether `text[at]` stands in a clause about another opening (see above); each look is bounded, so linear. */
export function inAnotherOpening(text: string, at: number): boolean {
  return ALSO_HIRING_CLAUSE.test(text.slice(Math.max(0, at - ALSO_HIRING_REACH), at)) || SEPARATE_BEFORE.test(text.slice(Math.max(0, at - SEPARATE_REACH), at));
}
