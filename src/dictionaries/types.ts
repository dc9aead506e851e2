/**
 * Dictionary data as it is written in dictionaries/<type>/*.json (see
 * dictionaries/schema/dictionary.schema.json and the README's recipe), and the
 * compiled form extractors query.
 */
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

export interface MatchRule {
  /** Match only with exactly this capitalisation. */
  caseSensitive?: boolean;
  /** Match only when one of these words or phrases stands nearby. */
  context?: string[];
  /** How far (characters, within the same block) context may stand. Default 80. */
  contextWindow?: number;
}

export type Alias = string | ({ text: string } & MatchRule);

export interface DictionaryEntry {
  id: string;
  name?: string;
  aliases?: Alias[];
  kind?: string;
  category?: string;
  level?: string;
  code?: string;
  seniority?: string;
  ids?: Record<string, string>;
  match?: MatchRule;
  /** User files: add aliases to the existing entry with this id. */
  extend?: boolean;
  /** User files: switch the existing entry with this id off. */
  disabled?: boolean;
}

export interface DictionaryFile {
  type: DictionaryType;
  area?: string;
  description?: string;
  entries: DictionaryEntry[];
}

/** A dictionary passed to createExtractor: a file path, or the parsed object. */
export type DictionarySource = string | DictionaryFile;

/** An entry after loading: name resolved, where it came from kept. */
export interface ResolvedEntry {
  id: string;
  name: string;
  type: DictionaryType;
  kind: string | null;
  category: string | null;
  level: string | null;
  code: string | null;
  seniority: string | null;
  ids: Record<string, string>;
  /** File (or `<object>`) the entry came from. */
  source: string;
}

/** One dictionary hit in a text. Offsets are half-open, into the text matched. */
export interface DictionaryMatch {
  entry: ResolvedEntry;
  start: number;
  end: number;
  text: string;
  /** The alias (as written in the dictionary) that matched. */
  surface: string;
  /** `dictionary/alias`, `dictionary/lemma` or `dictionary/coordination`. */
  reason: string;
}

export interface CompiledDictionary {
  type: DictionaryType;
  entries: ReadonlyMap<string, ResolvedEntry>;
  /** Number of distinct surface forms compiled. */
  surfaceCount: number;
  /**
   * All matches in `text[from, to)`, longest match wins, no overlaps, in text
   * order. Linear in the text: each token costs a hash lookup per trie step.
   * `lemmas`, when given, maps a token's start offset to its lemma.
   */
  match(text: string, from?: number, to?: number, lemmas?: ReadonlyMap<number, string>): DictionaryMatch[];
}

export type CompiledDictionaries = Record<DictionaryType, CompiledDictionary>;
