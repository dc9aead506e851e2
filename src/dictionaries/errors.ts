/** A dictionary file or entry that cannot be used: says which file, which entry and why. */
export class DictionaryError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string | null,
    readonly reason: string,
  ) {
    super(`${file}${entry ? ` (entry ${entry})` : ''}: ${reason}`);
    this.name = 'DictionaryError';
  }
}
