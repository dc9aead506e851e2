/** A dictionary file or entry that cannot be used: says which file, which entry and why. */
export class DictionaryError extends Error {
  constructor(
    /** The file's path as given, or `<object>` for a dictionary passed as an object. */
    readonly file: string,
    /** The entry's id in quotes (`"microsoft-excel"`), `#3` for an entry without an id, or null when the whole file is at fault. */
    readonly entry: string | null,
    /** What is wrong, in words: `duplicate id: already defined in ...`, `a new entry needs a "name"` ... */
    readonly reason: string,
  ) {
    super(`${file}${entry ? ` (entry ${entry})` : ''}: ${reason}`);
    this.name = 'DictionaryError';
  }
}
