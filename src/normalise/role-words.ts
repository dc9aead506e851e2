/**
 * The words that name a job in a title: how a title ends ("Engineer", "Director", "Counsel"), and the nouns the
 * occupations dictionary's names are headed by. A whole page read without its lines offers runs of capitalised menu
 * words ("Company About Blog Careers", "Cloud Customer") where a title may stand: one that names no role is no title.
 */
import { activeData } from '../data/source';
import type { BuiltinDictionaries } from '../dictionaries/load';
import { wordKey } from '../data/words/fold';
import pageWords from '../data/words/page-words.json';

// A word's letters from its first, apostrophes and hyphens inside ("Manager's" of "(Manager's").
const WORD_LETTERS = /\p{L}[\p{L}'’-]*/u;

// Spanish job nouns no ending covers, which open a title: "Auxiliar Contable", "Gerente de Tienda", "Jefe de Obra",
// "Técnico de Soporte", "Analista Pleno". (Only where a line is read whole: in a page run onto one line, where a title
// starts is told by its noun at its end.)
const ROMANCE_JOB_NOUNS =
  'auxiliar|asistente|gerente|jefe|jefa|tecnico|tecnica|técnico|técnica|analista|encargado|encargada|ayudante|operario|operaria|' +
  'cajero|cajera|camarero|camarera|cocinero|cocinera|enfermero|enfermera';
/** A title whose first word is such a noun, its adjective after it ("Auxiliar Contable", "Técnico/a de Soporte"). */
export const NOUN_FIRST = new RegExp(String.raw`^(?:${ROMANCE_JOB_NOUNS})(?:\/[ao])?\s\p{L}`, 'iu');

// The job nouns a title ends with that no agent noun's ending covers.
const JOB_NOUNS =
  'lead|head|nurse|chef|clerk|intern|apprentice|trainee|associate|officer|aide|cook|staff|crew|guard|nanny|coach|paralegal|rep|counsel|fellow|advocate|' +
  'mechanic|medic|surgeon|secretary|attorney|actuary|pilot|steward|midwife|concierge|chauffeur|' +
  // Schools' support posts: "Special Education Paraprofessional", "Instructional Paraeducator".
  'paraprofessional|paraeducator|' +
  // Public safety's and parks' posts: "Deputy Sheriff", "Seasonal Lifeguard", "Park Ranger".
  'sheriff|deputy|detective|sergeant|constable|cadet|lifeguard|ranger|chaplain|valet|' +
  // "Storeperson", "Salesperson", "Foreman", "Storeman": a job named by its person.
  'person|storeman|foreman|handyman|tradesman|craftsman|salesman|linesman|warehouseman|' +
  // Spanish and Portuguese agent adjectives as nouns: "Ejecutivo de Ventas", "Administrativa".
  'ivo|iva';

// How a job's title ends in English: an agent noun ("Engineer", "Director", "Analyst", "Technician", "Executive",
// "Architect"), a few others ("Lead", "Nurse", "Chef", "Clerk", "Intern"), and a level ("Engineer II"). Only to tell
// which of two parts is the title.
export const ROLE_NOUN_END = new RegExp(String.raw`(?:er|or|eur|euse|ist|ista|yst|ant|ent|ian|ive|ect|${JOB_NOUNS})s?(?:\s\(?(?:[IVX]{1,4}|\d)\)?)?$`, 'i');

// What follows a title's core: "Registered Nurse - Med/Surg (Nights)", "Store Manager, Fresno".
export const TITLE_QUALIFIER = /\s[-–—]\s|\s\(|,\s/;

// A plural's end ("Traders", "Recruiters"): a job's title names one job.
export const PLURAL_END = /[a-z]s$/;
// A field's noun that ends as a job's does: "Payment", "Investment".
const FIELD_NOUN_END = /ment$/i;
/**
 * The one job a job's plural names, a word or a title's words ("Partners": "Partner", "Store Assistants": "Store
 * Assistant"); null for any other ("Sales", "Payments", "Coaches").
 */
export function singularOfRole(words: string): string | null {
  if (!PLURAL_END.test(words)) return null;
  const one = words.slice(0, -1);
  return ROLE_NOUN_END.test(one) && !PLURAL_END.test(one) && !FIELD_NOUN_END.test(one) ? one : null;
}

/** Whether a word is the plural of a job's noun: after a title's words, the end of a firm's name, for a title names one job. */
export const isPluralOfRole = (word: string): boolean => singularOfRole(word) !== null;
// The head of an executive's title, before its field: "VP", "Senior Vice President" (its noun ends as a role's), "Chief".
export const EXECUTIVE_HEAD = /(?:^|\s)(?:[SEA]?VP|Chief)$/i;
// A title's "of" before its field ("Teacher of Mathematics"; a converter's heading in capitals says "HEAD OF LEGAL").
// Romance languages put the noun first too: "Analista de Cuentas", "Chef de projet", "Tecnico di laboratorio".
export const OF = / (?:of|de|del|di|da|do|du|des) /i;
// The word before a title's field besides "of": "Lecturer in Law", and in the Nordic languages and German
// "Lagermedarbejder til dagholdet", "Elektroniker für Betriebstechnik".
export const FIELD_WORDS = 'in|til|till|i|für';

// A job's level after its words: "Software Engineering II", "Process Improvement PMO III".
export const LEVEL_END = /\p{L}{2}\s(?:II|III|IV)$/u;
const LEVEL = /^(?:II|III|IV)$/;
/** Whether a word is a job's level ("II" of "Software Engineering II"). */
export const isLevel = (word: string): boolean => LEVEL.test(word);

// A scientist's or analyst's noun ("Strategist", "Economist", "Analyst"): few words of a site's menu end so.
const IST_NOUN = /^\p{L}{3,}(?:ist|yst)$/u;
const JOB_NOUN_SET: ReadonlySet<string> = new Set(JOB_NOUNS.split('|'));
// A department a menu lists may be an occupation's head too ("People" of "sales people"): it names no role alone.
const DEPARTMENTS: ReadonlySet<string> = new Set(Object.values(pageWords.departments).flat().map(wordKey));

/** Whether `name` is a team an ATS prints beside the title ("Engineering", "Operations"), never the employer's name. */
export const isDepartment = (name: string): boolean => DEPARTMENTS.has(wordKey(name));

const HEADS = new WeakMap<BuiltinDictionaries, ReadonlySet<string>>();

/** The head noun of an occupation's name or alias: its last word before "of" ("Head of IT": head). */
const headOf = (name: string): string => {
  const words = name.toLowerCase().split(' of ')[0].split(' ').filter(Boolean);
  return wordKey(words[words.length - 1] ?? '');
};

/** The occupations dictionary's head nouns, of the data source under way (read once per source). */
function occupationHeads(): ReadonlySet<string> {
  const dictionaries = activeData().dictionaries;
  let heads = HEADS.get(dictionaries);
  if (heads) return heads;
  const names: string[] = [];
  if ('compiled' in dictionaries) {
    for (const { entry, surfaces } of dictionaries.compiled(false).occupations.values()) names.push(entry.name, ...surfaces.map((s) => s.text));
  } else {
    for (const file of dictionaries) {
      if (file.type !== 'occupations') continue;
      const data = file.load() as { entries?: { name?: string; aliases?: (string | { text?: string })[] }[] };
      for (const e of data.entries ?? []) names.push(e.name ?? '', ...(e.aliases ?? []).map((a) => (typeof a === 'string' ? a : (a?.text ?? ''))));
    }
  }
  heads = new Set(names.filter(Boolean).map(headOf));
  HEADS.set(dictionaries, heads);
  return heads;
}

/**
 * Whether a word (its marks at the ends aside) is a job's noun: "Engineer", "Counsel", "Aide", "Strategist"; with
 * `plural`, also a plural one ("Care Workers", as a feed's title may name a job; a menu's "Recruiters" is one too).
 */
export function isRoleWord(word: string, plural = false): boolean {
  const key = wordKey(WORD_LETTERS.exec(word)?.[0] ?? '');
  return roleKey(key) || (plural && key.endsWith('s') && roleKey(key.slice(0, -1)));
}

const roleKey = (key: string): boolean =>
  key.length > 1 && !DEPARTMENTS.has(key) && (JOB_NOUN_SET.has(key) || IST_NOUN.test(key) || occupationHeads().has(key));

/** Whether a title names a role: one of its words is a job's noun ("Head of Commercial Legal", "Care assistants"; not "Cloud Customer"). */
export function namesRole(title: string): boolean {
  return title.split(/[\s,/()–—-]+/).some((w) => isRoleWord(w, true));
}

/** Whether a line names a job's noun and does not end in a plural, in capitals or not: a plural ends a firm's name ("HARLOW & VANE WEALTH ADVISORS"). */
export const namesOneRole = (line: string): boolean => namesRole(line) && !PLURAL_END.test(line.toLowerCase());
