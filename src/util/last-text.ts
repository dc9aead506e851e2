/**
 * `read` remembered for the last text it was given: several extractors ask
 * the same question of one document in turn (its word pieces, its currency
 * sign, its pay's country), and the next document replaces the answer.
 * Treat what it returns as read-only.
 */
export function forLastText<T>(read: (text: string) => T): (text: string) => T {
  let last: string | null = null;
  let value: T;
  return (text) => {
    if (text !== last) {
      value = read(text);
      last = text;
    }
    return value;
  };
}

/** A document's text lower-cased, once for the scans that read it so (the terms' cues, the shifts' words). */
export const lowerCased = forLastText((text) => text.toLowerCase());
