import { tokenise } from '../../src/nlp/tokenise';
import { wink } from '../../src/nlp/wink';

/** wink's own reading of every token, property by property. */
function winkReads(text: string) {
  const { its, readDoc } = wink();
  const all = readDoc(text).tokens();
  const [text_, normal, lemma, pos] = [its.value, its.normal, its.lemma, its.pos].map((f) => all.out(f) as string[]);
  return text_.map((t, i) => ({ text: t, normal: normal[i], lemma: lemma[i], pos: pos[i] }));
}

describe('tokenise', () => {
  // Contractions ("ca" of "can't" is "can", a lone "ca" is not), words in several cases, and words that
  // take another lemma with another tag ("the running" a noun, "am running" a verb).
  const text = "We can't wait. The running of it; I am running. CA ca Managing managing MANAGING teams' shoes. He's here, it's John's.";

  it("gives wink's value, normal form, lemma and tag of every token, the first time and again", () => {
    for (let round = 0; round < 2; round++) {
      const { tokens } = tokenise(text, []);
      expect(tokens.map(({ text, normal, lemma, pos }) => ({ text, normal, lemma, pos }))).toEqual(winkReads(text));
    }
  });

  it('puts each token at its offsets, with the lemmas that differ from the normal form by start', () => {
    const { tokens, lemmas } = tokenise(text, []);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const running = tokens.filter((t) => t.normal === 'running');
    expect(running.map((t) => t.lemma)).toEqual(['running', 'run']);
    expect(lemmas.get(running[1].start)).toBe('run');
    expect(lemmas.has(running[0].start)).toBe(false);
  });

  it('puts tokens after runs of spaces, no-break and thin spaces, tabs and line breaks at their offsets', () => {
    const spaced = 'Nurse\u00a0\u00a0in  Leeds\t\tshifts\n\n \u2009 Band\u202f5, see a//b.c';
    const { tokens } = tokenise(spaced, []);
    for (const t of tokens) expect(spaced.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.filter((t) => /\w/.test(t.text)).map((t) => [t.text, t.start])).toEqual([
      ['Nurse', 0], ['in', 7], ['Leeds', 11], ['shifts', 18], ['Band', 29], ['5', 34], ['see', 37], ['a', 41], ['b.c', 44],
    ]);
  });

  it("reads wink's email and URL tokens as entities", () => {
    const { nlpEntities } = tokenise('Send it to jobs@example.com or see https://example.com/apply today.', []);
    expect(nlpEntities.map((e) => [e.type, e.text])).toEqual([['EMAIL', 'jobs@example.com'], ['URL', 'https://example.com/apply']]);
  });
});
