/**
 * Dictionary data as it is written in dictionaries/<type>/*.json (see
 * dictionaries/schema/dictionary.schema.json and the README's recipe), and the
 * compiled form extractors query.
 */

/** The vocabularies, one folder each under dictionaries/ and one compiled matcher each. */
export type DictionaryType =
  | 'skills'
  | 'occupations'
  | 'domains'
  | 'qualifications'
  | 'certifications'
  | 'languages'
  | 'benefits';

export const DICTIONARY_TYPES: readonly DictionaryType[] = [
  'skills',
  'occupations',
  'domains',
  'qualifications',
  'certifications',
  'languages',
  'benefits',
];

/** A guard on an ambiguous alias: it matches only when the rule holds. */
export interface MatchRule {
  /** Match only with exactly this capitalisation. */
  caseSensitive?: boolean;
  /** Match only when one of these words or phrases stands nearby. */
  context?: string[];
  /** How far (characters, within the same block) context may stand. Default 80. */
  contextWindow?: number;
  /** `false`: match only the form as written, never an inflection of it ("patient", the quality, is no "patients"). Default true. */
  inflected?: boolean;
}

/** A surface form of an entry: a plain string (guarded by the entry's `match`, if any), or an object with its own rule. */
export type Alias =
  | string
  | ({
      /** The surface form: "MS Excel", "Excel". */
      text: string;
    } & MatchRule);

/** One entry of a dictionary file, as written. */
export interface DictionaryEntry {
  /** Stable id, unique within its type: `microsoft-excel`. Reported as the skill, occupation ... id. */
  id: string;
  /** Canonical display name, matched as a surface form too. Required for a new entry; defaults to `id` when loaded. */
  name?: string;
  /** Other surface forms. Matching ignores case, punctuation and diacritics unless a rule says otherwise. */
  aliases?: Alias[];
  /** skills: `knowledge`, `competence` or `language` (required); certifications: `licence`, `certification`, `registration`, `clearance` or `right_to_work`. */
  kind?: string;
  /** Free grouping shown on the result: "office software", "care". */
  category?: string;
  /** qualifications: the {@link EducationLevel}. */
  level?: string;
  /** languages: ISO 639-1 code ("es"). */
  code?: string;
  /** occupations: the {@link Seniority} the name implies ("Head Chef" is `lead`). */
  seniority?: string;
  /** References into external taxonomies, keyed by scheme: an ESCO URI, an O*NET element, a SOC code. */
  ids?: Record<string, string>;
  /** A rule for the name and every string alias (an alias object's own rule wins). */
  match?: MatchRule;
  /** User files: add aliases to the existing entry with this id. */
  extend?: boolean;
  /** User files: switch the existing entry with this id off. */
  disabled?: boolean;
}

/** A dictionary file (or the object passed instead of one), validated against dictionaries/schema/dictionary.schema.json. */
export interface DictionaryFile {
  /** Which dictionary the entries belong to; a built-in file must sit in the folder of that name. */
  type: DictionaryType;
  /** The area the file covers: `office-admin`, `healthcare-care`. */
  area?: string;
  /** What the file holds, for people. */
  description?: string;
  /** The entries; in a user file, also `extend` and `disabled` entries. */
  entries: DictionaryEntry[];
}

/** A dictionary passed to createExtractor: a file path, or the parsed object. */
export type DictionarySource = string | DictionaryFile;

/** An entry after loading: name resolved, where it came from kept. */
export interface ResolvedEntry {
  /** The entry's id. */
  id: string;
  /** Its display name (`id` when the file gave none). */
  name: string;
  /** The dictionary it belongs to. */
  type: DictionaryType;
  /** As in {@link DictionaryEntry.kind}; null when not given. */
  kind: string | null;
  /** As in {@link DictionaryEntry.category}; null when not given. */
  category: string | null;
  /** As in {@link DictionaryEntry.level}; null when not given. */
  level: string | null;
  /** As in {@link DictionaryEntry.code}; null when not given. */
  code: string | null;
  /** As in {@link DictionaryEntry.seniority}; null when not given. */
  seniority: string | null;
  /** External references; `{}` when not given. */
  ids: Record<string, string>;
  /** File (or `<object>`) the entry came from. */
  source: string;
}

/** One dictionary hit in a text. Offsets are half-open, into the text matched. */
export interface DictionaryMatch {
  /** The entry that matched. */
  entry: ResolvedEntry;
  /** Offset of the match's first character. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  /** The alias (as written in the dictionary) that matched. */
  surface: string;
  /** `dictionary/alias`, `dictionary/lemma` or `dictionary/coordination`. */
  reason: string;
}

/** One dictionary type compiled into a word-piece trie, built once per instance. */
export interface CompiledDictionary {
  /** Which dictionary this is. */
  type: DictionaryType;
  /** Every enabled entry, by id. */
  entries: ReadonlyMap<string, ResolvedEntry>;
  /** Number of distinct surface forms compiled. */
  surfaceCount: number;
  /**
   * All matches in `text[from, to)`, longest match wins, no overlaps, in text
   * order. Linear in the text: each token costs a hash lookup per trie step.
   * `lemmas`, when given, maps a token's start offset to its lemma.
   */
  match(text: string, from?: number, to?: number, lemmas?: ReadonlyMap<number, string>, options?: MatchOptions): DictionaryMatch[];
}

/** How {@link CompiledDictionary.match} reads a range. */
export interface MatchOptions {
  /**
   * The caller vouches for the context every guarded alias asks for: a bare "Dental" in a list under a "Benefits"
   * heading is the benefit its guard looks for nearby. Case and inflection rules still hold.
   */
  contextGiven?: boolean;
}

/** One compiled dictionary per type; each is compiled on first use. */
export type CompiledDictionaries = Record<DictionaryType, CompiledDictionary>;
