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

/** The message's subject: where its words start after its label and "Re:", "Fwd:", "Confidential -", and where its line ends. */
export interface Subject {
  start: number;
  end: number;
}

/**
 * The subject on the header's line `[start, end)`, whose field `label` opens it: its value on that line, or on the next
 * where the normaliser broke the line after the label.
 */
function subjectValue(text: string, start: number, end: number, label: number): Subject {
  let [from, to] = [start + label, end];
  if (from === end && end < text.length) {
    const next = text.indexOf('\n', end + 1);
    [from, to] = [end + 1, next === -1 ? text.length : next];
  }
  while (from < to && (text[from] === ' ' || text[from] === '\t')) from++;
  return { start: from + (SUBJECT.exec(text.slice(from, to))?.[0].length ?? 0), end: to };
}

/**
 * The header of a message `text` opens with (under a forwarded message's separator, if any): its first lines (blank lines
 * aside) are the message's fields, each with its value on its line or, where the normaliser broke the line after its
 * label, on the next; or its subject alone over a greeting, where the subject offers no job with its employer (one that
 * does, "Controller opportunity with Harvest Moon Foods", is the header itself). Null where the text is no message.
 */
export function messageHeader(text: string): { subject: Subject | null } | null {
  let n = 0;
  let value = false;
  let subject: Subject | null = null;
  let start = 0;
  for (let lines = 0; start < text.length && lines < 2 * MAX_LINES; lines++) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (value) value = false;
    else if (end > start && !(n === 0 && isForwardLine(text.slice(start, end)))) {
      const field = HEADER_LINE.exec(text.slice(start, end));
      if (!field) break;
      n++;
      if (SUBJECT_FIELD.test(field[0])) subject = subjectValue(text, start, end, field[0].length);
      value = field[0].length === end - start;
    }
    start = end + 1;
  }
  if (n >= MIN_LINES) return { subject };
  // A message pasted from its subject line on: the subject alone, then the greeting ("Hi there,", "Good afternoon,"),
  // its rows naming the job where the subject does not.
  const offersNoJob = subject !== null && !OPPORTUNITY_WITH.test(text.slice(subject.start, subject.end));
  return n === 1 && offersNoJob && GREETING.test(text.slice(start, start + GREETING_REACH)) ? { subject } : null;
}

// The parts of a subject line, and what a recruiter's subject says after the job: "Plant Controller opportunity".
const SUBJECT_PART = /\s[-–—|]\s/;
const OFFER_WORD = /\s(?:opportunity|role|position|opening|vacancy|requirement|search|assignment|contract|gig)$/i;
const MAX_SUBJECT_PARTS = 6;

/**
 * The job a message's subject names among its parts, the first that ends as a job's title does (`endsAsRole`): "Plant
 * Controller opportunity — Opelika, AL — $130-145K + bonus", "Immediate need - Data Engineer (Snowflake/dbt) - 100%
 * Remote", "W2 Contract - Java Developer - Hartford, CT (Hybrid)". Null where no part names one.
 */
export function subjectJob(text: string, subject: Subject, endsAsRole: (part: string) => boolean): { start: number; end: number } | null {
  let at = subject.start;
  for (const part of text.slice(subject.start, subject.end).split(SUBJECT_PART).slice(0, MAX_SUBJECT_PARTS)) {
    const lead = part.length - part.trimStart().length;
    const job = part.trim().replace(OFFER_WORD, '');
    if (job && endsAsRole(job)) return { start: at + lead, end: at + lead + job.length };
    at += part.length + (SUBJECT_PART.exec(text.slice(at + part.length, subject.end))?.[0].length ?? 0);
  }
  return null;
}
