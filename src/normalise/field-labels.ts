/**
 * The label words of details boxes and label lines, in every language of
 * `src/data/words/field-labels.json`: "Location", "Arbeitsort", "Lieu de
 * travail", "Ubicación", "الموقع" name the location field. A label is the
 * whole line: "Ort" inside a sentence is no label.
 */
import type { HeaderField } from '../contract';
import { trimEndOf } from '../util/trim';
import { wordKey } from '../data/words/fold';
import table from '../data/words/field-labels.json';

interface FieldWords {
  emoji?: string[];
  addressParts?: Record<string, string[]>;
  modifiers: Record<string, string[]>;
  opening?: Record<string, string[]>;
  labels: Record<string, string[]>;
}

/** Folded label to field, built once: every label, and every modifier of its language before it. */
const LABELS: ReadonlyMap<string, HeaderField> = (() => {
  const map = new Map<string, HeaderField>();
  for (const [field, words] of Object.entries(table.fields as Record<string, FieldWords>)) {
    for (const [language, labels] of Object.entries(words.labels)) {
      for (const label of labels) {
        const key = wordKey(label);
        map.set(key, field as HeaderField);
        for (const modifier of words.modifiers[language] ?? []) map.set(`${wordKey(modifier)} ${key}`, field as HeaderField);
      }
    }
  }
  return map;
})();

/** Folded label to field, of the labels that count only on a text's first line. */
const OPENING_LABELS: ReadonlyMap<string, HeaderField> = new Map(
  Object.entries(table.fields as Record<string, FieldWords>).flatMap(([field, words]) =>
    Object.values(words.opening ?? {}).flatMap((labels) => labels.map((label) => [wordKey(label), field as HeaderField] as const)),
  ),
);

/** Folded labels of an address's rows under a Location heading: "County", "Street Address", "Zip Code". */
const ADDRESS_PARTS: ReadonlySet<string> = new Set(Object.values(table.fields.location.addressParts).flat().map(wordKey));

/** Whether `line` is the label of an address's row ("County", "Zip Code:"), which a details box lists under its Location heading. */
export function isAddressPartLabel(line: string): boolean {
  const words = trimEndOf(line, ' \n:').trim();
  return words.length <= MAX_LABEL && ADDRESS_PARTS.has(wordKey(words));
}

/** Labels are a few words: a longer line is no label, and is not folded. */
export const MAX_LABEL = 40;

// A row's label opening its line, any words with a colon, and whether its value follows on the line.
const ROW_LABEL = /^(\p{L}[\p{L} ]{0,23}):( \S)?/u;

/**
 * A document's or an export's row by its label, known or not ("Job Title:", "Reports to: Head of Finance", "Req ID:
 * 55120"): the label, and whether its value stands on the line; null for a line that opens with none.
 */
export function rowLabel(line: string): { label: string; valued: boolean } | null {
  const m = ROW_LABEL.exec(line);
  return m && { label: m[1], valued: m[2] !== undefined };
}

// An icon's text for screen readers, where a page draws the label as an icon: "Location pin icon".
const ICON_SUFFIX = / (?:pin |marker )?icon$/i;

/**
 * The field a label names: the label's words alone, a colon or no-break space after them allowed. `opening`: the
 * label opens the text, where a few more words are labels ("Title").
 */
export function labelField(label: string, opening = false): HeaderField | undefined {
  // fixCharacters made every Unicode space a plain one: only ' ' and '\n' are left to trim.
  const words = trimEndOf(label, ' \n:').trim().replace(ICON_SUFFIX, '');
  if (words.length > MAX_LABEL) return undefined;
  const key = wordKey(words);
  return LABELS.get(key) ?? (opening ? OPENING_LABELS.get(key) : undefined) ?? slashedLabel(words);
}

// A field's label run onto the words before it is a few words.
const MAX_TRAILING_LABEL_WORDS = 3;

/**
 * Where each field's label of one to three words that ends `line` (its colon aside) starts, shortest first, with words
 * before it: "Staff Nurse Employer:" gives the offset of "Employer"; "Primary Work Location:" those of "Location" and
 * "Work Location".
 */
export function trailingLabelStarts(line: string, opening = false): number[] {
  const words = line.endsWith(':') ? line.slice(0, -1) : line;
  const starts: number[] = [];
  let at = words.length;
  for (let n = 1; n <= MAX_TRAILING_LABEL_WORDS; n++) {
    at = words.lastIndexOf(' ', at - 1);
    if (at <= 0) break;
    if (labelField(words.slice(at + 1), opening) !== undefined) starts.push(at + 1);
  }
  return starts;
}

/** Two labels of one field joined by a slash name it: "Organisation/Company", "City / Town". */
function slashedLabel(words: string): HeaderField | undefined {
  const slash = words.indexOf('/');
  if (slash < 0) return undefined;
  const first = LABELS.get(wordKey(words.slice(0, slash).trim()));
  return first && LABELS.get(wordKey(words.slice(slash + 1).trim())) === first ? first : undefined;
}

/** Emoji a social post prints as a field's label ("🏢 Contoso", "📍 Leeds"), to the field. */
const EMOJI_LABELS: ReadonlyMap<string, HeaderField> = new Map(
  Object.entries(table.fields as Record<string, FieldWords>).flatMap(([field, words]) => (words.emoji ?? []).map((e) => [e, field as HeaderField] as const)),
);
// An emoji (with its variation selector) and the spaces after it, opening a line.
const EMOJI_LEAD = /^(\p{Extended_Pictographic})\uFE0F?[ ]*/u;

/**
 * The field a line's opening emoji labels and where its value starts ("🏢 Northwind Traders": company, 3), or null; a
 * value with a label of its own ("📍 Location: Leeds", "🏢 Work mode: Hybrid") is that label's row, known or not,
 * unless the label names the emoji's field, even one that counts only opening a text: "💼 Position: Accountant".
 */
export function emojiLabel(line: string): { field: HeaderField; lead: number } | null {
  const m = EMOJI_LEAD.exec(line);
  const field = m && EMOJI_LABELS.get(m[1]);
  if (!field || m[0].length === line.length) return null;
  const rest = line.slice(m[0].length);
  const row = rowLabel(rest);
  if (!row) return { field, lead: m[0].length };
  return row.valued && labelField(row.label, true) === field ? { field, lead: m[0].length + rowValueStart(rest) } : null;
}

/** Where the value of a row opened by its label starts: after the colon and the spaces after it ("Position: Accountant": 10). */
export function rowValueStart(line: string): number {
  const colon = line.indexOf(':') + 1;
  return colon + (line.length - colon - line.slice(colon).trimStart().length);
}
