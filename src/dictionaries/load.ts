/** Reads built-in and user dictionaries into entries with their surface forms, and rejects bad ones. */
import { DictionaryError } from './errors';
import { foldPiece, rawPieces } from './keys';
import { STOP_ALIASES } from './stop-words';
import type { Alias, DictionaryEntry, DictionaryFile, DictionarySource, DictionaryType, MatchRule, ResolvedEntry } from './types';
import { DICTIONARY_TYPES } from './types';
import { validateDictionaryFile } from './validate';

/** A surface form of an entry, with the rule that guards it. */
export interface Surface {
  text: string;
  /** The match key: folded pieces joined by spaces. */
  key: string;
  /** The pieces as written, for case-sensitive rules. */
  raw: string[];
  rule: MatchRule | null;
}

export interface LoadedEntry {
  entry: ResolvedEntry;
  surfaces: Surface[];
}

export type LoadedDictionaries = Record<DictionaryType, Map<string, LoadedEntry>>;

/** Reads a dictionary file or folder path into parsed files, on a platform that has files. */
export type ReadDictionaryFiles = (path: string) => { file: string; data: unknown }[];

/** A built-in dictionary file and its parsed content (a `dataDir`'s copy, or the repository's in the build). */
export interface BuiltinDictionaryFile {
  /** Its path in the repository, as `source` of its entries and in errors. */
  readonly file: string;
  readonly type: DictionaryType;
  readonly load: () => unknown;
}

/**
 * The built-in dictionaries: their files, each loaded as a dictionary, or
 * what the build compiled from them (src/data/dictionary-index.ts), which
 * loads with no checks because the build made them.
 */
export type BuiltinDictionaries = readonly BuiltinDictionaryFile[] | { readonly compiled: (alone: boolean) => LoadedDictionaries };

function readSource(source: DictionarySource, readFiles: ReadDictionaryFiles): { file: string; data: DictionaryFile }[] {
  if (typeof source !== 'string') {
    validateDictionaryFile(source, '<object>');
    return [{ file: '<object>', data: source }];
  }
  return readFiles(source).map(({ file, data }) => {
    validateDictionaryFile(data, file);
    return { file, data };
  });
}

function surfacesOf(entry: DictionaryEntry, file: string): Surface[] {
  const all: Alias[] = [...(entry.name ? [entry.name] : []), ...(entry.aliases ?? [])];
  const seen = new Set<string>();
  const out: Surface[] = [];
  for (const alias of all) {
    const text = typeof alias === 'string' ? alias : alias.text;
    // An alias object is its own rule (none, if it sets no rule field); a string alias takes the entry's.
    const given = typeof alias === 'string' ? (entry.match ?? null) : alias;
    const rule: MatchRule | null = given && (given.caseSensitive || given.context || given.inflected === false) ? given : null;
    const raw = rawPieces(text);
    const key = raw.map(foldPiece).join(' ');
    if (key === '') throw new DictionaryError(file, `"${entry.id}"`, `alias "${text}" has no letters or digits`);
    if (STOP_ALIASES.has(key) && !rule) throw new DictionaryError(file, `"${entry.id}"`, `alias "${text}" is a stop word and would match everywhere`);
    const dedupe = rule?.caseSensitive ? `${key}|${text}` : key;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    out.push({ text, key, raw, rule });
  }
  return out;
}

function resolve(entry: DictionaryEntry, type: DictionaryType, file: string): ResolvedEntry {
  return {
    id: entry.id,
    name: entry.name ?? entry.id,
    type,
    kind: entry.kind ?? null,
    category: entry.category ?? null,
    level: entry.level ?? null,
    code: entry.code ?? null,
    seniority: entry.seniority ?? null,
    ids: entry.ids ?? {},
    source: file,
  };
}

const SKILL_KINDS = new Set(['knowledge', 'competence', 'language']);

function addFile(into: LoadedDictionaries, file: string, data: DictionaryFile, builtin: boolean): void {
  const table = into[data.type];
  for (const entry of data.entries) {
    const existing = table.get(entry.id);
    if (entry.disabled) {
      if (builtin) throw new DictionaryError(file, `"${entry.id}"`, '"disabled" is for user dictionaries');
      table.delete(entry.id);
      continue;
    }
    if (entry.extend) {
      if (!existing) throw new DictionaryError(file, `"${entry.id}"`, `"extend" names no existing ${data.type} entry`);
      existing.surfaces.push(...surfacesOf({ ...entry, name: undefined }, file).filter((s) => !existing.surfaces.some((e) => e.key === s.key)));
      continue;
    }
    if (existing) throw new DictionaryError(file, `"${entry.id}"`, `duplicate id: already defined in ${existing.entry.source}`);
    if (!entry.name) throw new DictionaryError(file, `"${entry.id}"`, 'a new entry needs a "name"');
    if (data.type === 'skills' && !SKILL_KINDS.has(entry.kind ?? '')) {
      throw new DictionaryError(file, `"${entry.id}"`, 'skills need "kind": knowledge, competence or language');
    }
    table.set(entry.id, { entry: resolve(entry, data.type, file), surfaces: surfacesOf(entry, file) });
  }
}

/** An alias claimed by two entries of one type is ambiguous unless a rule guards it. */
function checkCollisions(type: DictionaryType, table: Map<string, LoadedEntry>): void {
  const owners = new Map<string, LoadedEntry>();
  for (const loaded of table.values()) {
    for (const s of loaded.surfaces) {
      if (s.rule) continue;
      const other = owners.get(s.key);
      if (other && other !== loaded) {
        throw new DictionaryError(
          loaded.entry.source,
          `"${loaded.entry.id}"`,
          `alias "${s.text}" is also an alias of ${type} entry "${other.entry.id}" (${other.entry.source}); give one a rule (caseSensitive or context) or keep one`,
        );
      }
      owners.set(s.key, loaded);
    }
  }
}

/**
 * Loads the built-in dictionaries and the caller's, in that order, so user
 * files can extend or disable built-in entries; `readFiles` reads the
 * caller's paths. Throws DictionaryError.
 */
export function loadDictionariesFrom(
  extra: readonly DictionarySource[],
  builtins: BuiltinDictionaries,
  readFiles: ReadDictionaryFiles,
): LoadedDictionaries {
  const compiled = 'compiled' in builtins;
  const loaded = compiled ? builtins.compiled(extra.length === 0) : (Object.fromEntries(DICTIONARY_TYPES.map((t) => [t, new Map()])) as LoadedDictionaries);
  // Bundled built-ins were validated against the schema by the build's tests, a dataDir's when
  // it was read: only their folder and declared type are checked here.
  if (!compiled) {
    for (const { file, type, load } of builtins) {
      const data = load() as DictionaryFile;
      if (data?.type !== type) throw new DictionaryError(file, null, `is in ${type}/ but says "type": "${data?.type}"`);
      addFile(loaded, file, data, true);
    }
  }
  for (const source of extra) {
    for (const { file, data } of readSource(source, readFiles)) addFile(loaded, file, data, false);
  }
  // The compiled built-ins were checked for collisions when the build compiled them.
  if (!compiled || extra.length > 0) for (const type of DICTIONARY_TYPES) checkCollisions(type, loaded[type]);
  return loaded;
}
