/**
 * A posting forwarded or sent by email opens with the message's header ("From:", "Sent:", "To:", "Subject:"): those
 * lines name the sender and the recipient, not the job, and what a recruiter's message labels "Position:" further
 * down is the title, as it would be on the first line of a posting.
 */
// A header line's field. Bounded: linear.
const HEADER_LINE = /^[ \t]*(?:from|sent|date|to|cc|bcc|(?:objet[ \t]?\/[ \t]?)?subject|reply-to)[ \t]?:/i;
// A message's subject over its text, as a recruiter's email is pasted: "Subject: Mid-level Software Engineer – Tallowood
// Payments (Melbourne, hybrid)", "Re: Fwd: Confidential - Controller opportunity with ...", the subject's value alone
// under its label: "Confidential - ...". Bounded: linear.
export const SUBJECT = /^(?:(?:subject|re|fwd?|fw)[ \t]?:[ \t]?(?:(?:re|fwd?|fw)[ \t]?:[ \t]?){0,3}(?:confidential[ \t]?[-–—:][ \t]?)?|confidential[ \t]?[-–—:][ \t]?)/i;
// A job offered with its employer, as a recruiter's subject line says it: "Controller opportunity with Harvest Moon Foods
// (Lancaster, PA)", "Senior Planner role at Contoso". Bounded: linear.
export const OPPORTUNITY_WITH = /^([^\n]{3,60}?) (?:opportunity|role|position|opening|vacancy) (?:with|at) (\p{Lu}[^\n(]{1,60}?)(?: \([^()\n]{2,40}\))?$/u;

// The subject's field, in a bilingual message too ("Objet / Subject:"); a greeting opening the body's first line. Bounded.
const SUBJECT_FIELD = /(?:^|\/)[ \t]*subject[ \t]?:$/i;
const GREETING = /^\s{0,8}(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening|day)|bonjour|hola)\b/i;
const GREETING_REACH = 40;
/** Header lines that must open the text: one "To:" line may be a posting's own ("To: all applicants"). */
const MIN_LINES = 2;
/** The longest header read: a message's header has a handful of lines. */
const MAX_LINES = 8;

// A forwarded message's separator over its header: "---------- Forwarded message ---------", "Begin forwarded message:",
// "-----Original Message-----". Bounded: linear.
const FORWARD_LINE = /^[ \t]*(?:-{2,}[ \t]?(?:forwarded message|original message)[ \t]?-{2,}|begin forwarded message:)[ \t]*$/i;

/** Whether `line` is a forwarded message's separator (see FORWARD_LINE): no title, and the header under it is the message's. */
export const isForwardLine = (line: string): boolean => FORWARD_LINE.test(line);

/**
 * Whether the subject's line `[start, end)` (or its value on the next line, the normaliser's break after its label)
 * offers no job with its employer: a subject that does ("Controller opportunity with Harvest Moon Foods") is the
 * header itself.
 */
function offersNoJob(text: string, start: number, end: number): boolean {
  let line = text.slice(start, end);
  if (SUBJECT_FIELD.test(line.trim())) {
    const next = text.indexOf('\n', end + 1);
    line = text.slice(end + 1, next === -1 ? text.length : next);
  }
  return !OPPORTUNITY_WITH.test(line.slice(SUBJECT.exec(line)?.[0].length ?? 0));
}

/**
 * Whether `text` opens with an email header (under a forwarded message's separator, if any): its first lines (blank lines aside) are the message's fields, each
 * with its value on its line or, where the normaliser broke the line after its label, on the next.
 */
export function opensWithEmailHeader(text: string): boolean {
  let n = 0;
  let value = false;
  let subject = false;
  let start = 0;
  for (let lines = 0; start < text.length && lines < 2 * MAX_LINES; lines++) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (value) value = false;
    else if (end > start && !(n === 0 && isForwardLine(text.slice(start, end)))) {
      const field = HEADER_LINE.exec(text.slice(start, end));
      if (!field) break;
      n++;
      if (SUBJECT_FIELD.test(field[0])) subject = offersNoJob(text, start, end);
      value = field[0].length === end - start;
    }
    start = end + 1;
  }
  // A message pasted from its subject line on: the subject alone, then the greeting ("Hi there,", "Good afternoon,"),
  // its rows naming the job where the subject does not.
  return n >= MIN_LINES || (n === 1 && subject && GREETING.test(text.slice(start, start + GREETING_REACH)));
}

// The parts of a subject line, and what a recruiter's subject says after the job: "Plant Controller opportunity".
const SUBJECT_PART = /\s[-–—|]\s/;
const OFFER_WORD = /\s(?:opportunity|role|position|opening|vacancy|requirement|search|assignment|contract|gig)$/i;
const MAX_SUBJECT_PARTS = 6;

/**
 * The job a message's subject names among its parts, the first that ends as a job's title does (`endsAsRole`): "Plant
 * Controller opportunity — Opelika, AL — $130-145K + bonus", "Immediate need - Data Engineer (Snowflake/dbt) - 100%
 * Remote", "W2 Contract - Java Developer - Hartford, CT (Hybrid)". Read in the message's header (see
 * opensWithEmailHeader); null where no part names one.
 */
export function subjectJob(text: string, endsAsRole: (part: string) => boolean): { start: number; end: number } | null {
  let start = 0;
  for (let lines = 0; start < text.length && lines < 2 * MAX_LINES; lines++) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const field = HEADER_LINE.exec(text.slice(start, end));
    if (field && SUBJECT_FIELD.test(field[0])) {
      // (Its value on the next line where the normaliser broke the line after its label.)
      const [from, to] = field[0].length === end - start && nl !== -1 ? [nl + 1, text.indexOf('\n', nl + 1) === -1 ? text.length : text.indexOf('\n', nl + 1)] : [start + field[0].length, end];
      const value = text.slice(from, to);
      let at = from + (SUBJECT.exec(value)?.[0].length ?? 0);
      const parts = text.slice(at, to).split(SUBJECT_PART);
      for (const part of parts.slice(0, MAX_SUBJECT_PARTS)) {
        const lead = part.length - part.trimStart().length;
        const job = part.trim().replace(OFFER_WORD, '');
        if (job && endsAsRole(job)) return { start: at + lead, end: at + lead + job.length };
        at += part.length + (SUBJECT_PART.exec(text.slice(at + part.length, to))?.[0].length ?? 0);
      }
      return null;
    }
    start = end + 1;
  }
  return null;
}
