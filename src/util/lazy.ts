/**
 * A value made on its first use, then kept. For the patterns most inputs never reach (an employer's introduction in
 * a posting that names its employer in a field, say): compiling one costs as much as many postings' reading of it, and
 * a process that loads the library pays for every pattern built at load.
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
