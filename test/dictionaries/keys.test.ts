import fc from 'fast-check';
import { foldPiece, keyPieces, surfaceKey } from '../../src/dictionaries/keys';

/** What keyPieces reads: the word-piece pattern's matches, each folded (the scan is a hand-written form of it). */
function byPattern(text: string, from = 0, to = text.length) {
  return [...text.slice(from, to).matchAll(/[\p{L}\p{N}]+[+#]*/gu)].map((m) => ({ key: foldPiece(m[0]), raw: m[0], start: from + m.index!, end: from + m.index! + m[0].length }));
}

const CHARS = ['a', 'Z', 'q', '0', '9', ' ', '-', '+', '#', '\n', 'é', 'É', 'ß', 'İ', 'Ж', '日', '\u0301', '😀', '𝐀', '\ud800', '\udc00', '٣', '_', '.'];

describe('keyPieces', () => {
  it('splits into lower-cased pieces without diacritics, C++ and C# kept', () => {
    expect(keyPieces('Problem-Solving in C++ and C#').map((p) => p.key)).toEqual(['problem', 'solving', 'in', 'c++', 'and', 'c#']);
    expect(surfaceKey('Café Société')).toBe('cafe societe');
    expect(keyPieces('lower case', 6)).toEqual([{ key: 'case', raw: 'case', start: 6, end: 10 }]);
  });

  it('reads what the word-piece pattern matches, on any text and range', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 60 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const text = chars.join('');
        const from = Math.min(a, b) % (text.length + 1);
        const to = from + (Math.max(a, b) % (text.length - from + 1));
        expect(keyPieces(text)).toEqual(byPattern(text));
        expect(keyPieces(text, from, to)).toEqual(byPattern(text, from, to));
      }),
      { numRuns: 500 },
    );
  });
});
