/**
 * JSON for the large data files the code requires, with every non-ASCII
 * character escaped (`\u00e9`): Node reads a file of ASCII text without the
 * UTF-8 decoding that was a third of the gazetteer's require(), and the
 * parsed strings are the same.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
