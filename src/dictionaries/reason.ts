/** `dictionary/alias` → `<extractor>/alias`: a dictionary rule named under the extractor that used it. */
export function reasonUnder(extractor: string, dictionaryReason: string): string {
  return `${extractor}/${dictionaryReason.slice(dictionaryReason.indexOf('/') + 1)}`;
}
