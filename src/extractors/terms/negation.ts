/**
 * Whether a cue is ruled out: "no remote working", "this is not a contract
 * role", "remote working is not possible". A negation word must stand within
 * three words before the cue, in the same clause, or a "not possible" after it.
 */
import type { TermField } from './patterns';

// "We don't offer remote work", "remote work isn't possible": the contracted forms, with either apostrophe.
// "non" negates only the word it is joined to: "non-permanent" is no permanent role, "Non-exempt full-time" is full time.
// "not eligible for visa sponsorship or remote work": the negation reaches the last of the things it lists, and "not a
// 1099 or hourly contract role" the second of two it names, figures among them. "This isn't a role that can be done
// from home": the role the negation names, then what it cannot be.
const NEGATED_BEFORE =
  /\b(?:no|not|never|without|nor|(?:is|are|ca|wo|do|does|did)n['’]t|cannot|unable)\b[\s-]{1,2}(?:[a-z\d]{1,12}[\s-]{1,2}){0,3}$|\bnon[\s-]{1,2}$|\b(?:is|are)(?:n['’]t|\snot)\san?\s(?:[a-z]{1,12}\s)?(?:role|job|position)\s(?:that|which|where)\s(?:[a-z]{1,12}\s){0,3}$|\bnot\san?\s[a-z\d-]{1,12}\s(?:or|nor)\s(?:[a-z]{1,12}\s)?$|\bnot\s(?:eligible|available|open|suitable)\sfor\s(?:[a-z]{1,12}[\s-]{1,2}){0,4}(?:or|nor)[\s-]{1,2}$/i;
// A remote-working row's value that rules it out, on its line or the next: "Remote working: On-site only", "Home
// working:" / "Office-based". (Only a remote term's: "Full-time" over "On-site" is a board's two chips.)
const ON_SITE_VALUE = /^\s?:?\s?\n?\s?(?:on[\s-]?site|in[\s-](?:office|person)|office[\s-]based)(?:\sonly)?\s?(?:\n|$)/i;
// A row's "no", in the board's language too: "Remote: No", "Arbeitnehmerüberlassung" / "Nein".
const NO = String.raw`(?:no|none|nein|non|nej|nee|nie)`;
// "... is not possible", "... isn't possible", "... will not be considered", "Work from home not available", "work from
// home is not applicable"; a label's value: "Remote: No",
// "Remote work: not available", "Remote Option: No".
const NEGATED_AFTER = new RegExp(
  String.raw`^\s?(?:[a-z]+\s){0,2}(?:(?:is|are|will\sbe)\s(?:not|n't)|(?:is|are)n['’]t|(?:(?:will|can|would)\s?not|(?:ca|wo|would)n['’]t)\sbe|not)\s(?:possible|available|offered|an\soption|considered|suitable|applicable|permitted|allowed)|^(?:\s?[a-z]+)?\s?:\s?(?:${NO}|not\s(?:possible|available|offered|an\soption))\s?$`,
  'i',
);
const CLAUSE = /[.;!?\n]/;
// The term is a label line of its own and the line under it says no, or a scraped row's value closes its line ("Remote job No").
const VALUE_NO_BELOW = new RegExp(String.raw`^\s?[\n ]${NO}\s?(?:\n|$)`, 'i');
// A row's label word after the term, then its value, copied without the colon: "Remote Option No - on site", "Remote
// work None", a form's question: "Telecommuting allowed? No".
const LABELLED_NO = /^\s?(?:option|options|work|working|eligible|available|possible|allowed|permitted)\??\s?:?\s(?:no|none|n\/a)\s?(?:$|\n|[-–—(])/i;
const LABEL_LINE_BEFORE = /(?:^|\n)[^\n]{0,29}$/;
// Scraped text that lost the rows' line breaks: "Remote job No Telework eligible Yes", "Remote job: NoTelework eligible:
// No", "Telecommute: No Schedule:" (the normaliser may set a label's value on the next line). A capitalised "No" between the term and the next row's capitalised label is the term's value; a "Yes" after the
// term says the row is not ruled out by the row before it.
const VALUE_NO_RUN_ON = /^:?\s?(?:No|None)(?= ?[A-Z])|^:?\s?NO(?= [A-Z])/;
const VALUE_YES = /^\s?:?\s?yes\b/i;
// The row before's "No" and the term's own row label: "Relocation expenses reimbursed No Appointment type Permanent".
const ROW_BEFORE = /\b(?:No|NO|None)\s[A-Z][a-z]+(?:\s[a-z]+){0,2}\s$/;

const REACH = 40;

/** Whether the term at `[start, end)` is ruled out; `remote`: it names remote work, which a row's on-site value rules out too. */
export function isNegated(text: string, start: number, end: number, remote = false): boolean {
  const next = text.slice(end, end + 8);
  if (VALUE_YES.test(next)) return false;
  if (VALUE_NO_RUN_ON.test(next)) return true;
  let before = text.slice(Math.max(0, start - REACH), start);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n'), before.lastIndexOf('!'), before.lastIndexOf('?'));
  if (cut >= 0) before = before.slice(cut + 1);
  if (NEGATED_BEFORE.test(before) && !ROW_BEFORE.test(before)) return true;
  // A label's value may stand on the next line ("Remote:" / "No"), its colon left out ("Remote job" / "No", USAJOBS).
  if ((VALUE_NO_BELOW.test(next) || LABELLED_NO.test(text.slice(end, end + 24))) && LABEL_LINE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return true;
  if (remote && ON_SITE_VALUE.test(text.slice(end, end + REACH)) && LABEL_LINE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return true;
  const after = text.slice(end, end + REACH).replace(/^(\s?:)\n/, '$1 ');
  const stop = after.search(CLAUSE);
  return NEGATED_AFTER.test(stop >= 0 ? after.slice(0, stop) : after);
}

// "potential for full time hours", "opportunity to go perm", "could become permanent", "move to full-time", "may be considered for permanent
// roles", "wish to be considered for temporary work", "occasional work from home": an outlook, not the offer. (In the term's line: "SD-WAN rollout in progress" over "Hybrid: 2 days a week in
// the office" is none.)
const TENTATIVE_BEFORE =
  /(?:\b(?:potential|possibility|option|chance|prospect|view)\s(?:of|for|to)\s(?:[a-z]+\s){0,2}|\b(?:go|going|become|becoming|turn|turning|convert|converted|converting|lead|leading|leads|move|moving|transition|transitioning|progress|progressing)\s(?:to\s|into\s)?(?:an?\s)?|\b(?:could|may|might)\s(?:[a-z]+\s){0,3}|\bconsidered\sfor\s|\b(?:occasional(?:ly)?|the\sodd)\s)(?<!\n)$/i;

// "with conversion to a permanent role": a contract's outlook. Its hours stay ("Conversion to full-time at 6 months" is a
// full-time contract's).
const CONVERSION_BEFORE = /\bconversion\s(?:to|into)\s(?:an?\s)?$/i;

// "remote work arrangements may be available": on offer to some, not a term of this role.
// "temporary remote work may be permitted during onboarding": now and then, not the role's way of working nor its term.
// "working from home on the odd snow day is fine": now and then, not the role's way of working.
const TENTATIVE_AFTER = /^(?:\s[\w-]+){0,2}\s(?:may|might|could)\sbe\s(?:available|possible|considered|offered|an\soption|permitted|allowed)\b|^\s(?:on\s(?:the\s)?(?:odd|occasional|rare)|occasionally|now\sand\sthen|from\stime\sto\stime)\b/i;

// "the option to work remotely two days a week" is on offer from the start, unlike "the option to go permanent".
const OPTION_BEFORE = /\b(?:option|chance)\sto\s(?:[a-z]+\s){0,2}$/i;
// "employees may work remotely one day per week", "this position may telework up to two days": leave to work so, not an
// outlook.
const PERMISSION_BEFORE = /\b(?:may|can)\s$/i;
const WORK_VERB = /^(?:work|telework|telecommute)/i;

// "Locum cover also available in Limerick" beside a full-time post, "Part-time tutors and substitute teachers are also
// needed", "Summer internships (10 weeks, paid) are also available", "Part-time operator positions (20-30 hours) are also
// available": a further offer, not this role's term (remote work "also available" is this role's option, and stays).
const ALSO_REACH = 64;
const ALSO_AFTER = /^(?:\s\([^()\n]{1,40}\))?(?:\s[\w-]+){0,4}(?:\s\([^()\n]{1,40}\))?\s(?:(?:is|are)\s)?also\s(?:available|offered|possible|needed|wanted|sought|open)\b/i;

/**
 * Whether the cue is an outlook or an offer to some, not the role's term. For a `workplace` cue an "option to" is an
 * offer, not an outlook; only a `contract` cue is a conversion's outlook.
 */
export function isTentative(text: string, start: number, end: number, field: TermField): boolean {
  const workplace = field === 'workplace';
  const before = text.slice(Math.max(0, start - REACH), start);
  if (TENTATIVE_BEFORE.test(before) && !(workplace && (OPTION_BEFORE.test(before) || (PERMISSION_BEFORE.test(before) && WORK_VERB.test(text.slice(start, end)))))) return true;
  if (field === 'contractType' && CONVERSION_BEFORE.test(before)) return true;
  if (TENTATIVE_AFTER.test(text.slice(end, end + REACH))) return true;
  return !workplace && ALSO_AFTER.test(text.slice(end, end + ALSO_REACH));
}
