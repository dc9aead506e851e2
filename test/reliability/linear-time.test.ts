import { cueAround } from '../../src/extractors/location/cues';
import { requirementAt } from '../../src/extractors/requirements/requirement-cue';
import type { AnalysedDocument, Block } from '../../src/contract';
import { time } from './timing';
import { identity } from '../../src/normalise/mapped-text';
import { stripMarkdown } from '../../src/normalise/markdown';
import { joinWrappedLines, joinWrappedWords } from '../../src/normalise/wrapped-words';
import { unescapeHtml, unwrapCdata } from '../../src/normalise/escaped-html';
import { dropInterfaceLines } from '../../src/normalise/interface-lines';
import { findContacts } from '../../src/extractors/contact';
import { findExperience } from '../../src/extractors/experience';
import { sectionAt } from '../../src/sections';
import type { Section } from '../../src/types/document';
import { withoutScriptBodies } from '../../src/normalise/script-bodies';
import { repairJson } from '../../src/normalise/json-repair';
import { decodeLiteral, scanJson } from '../../src/normalise/page/json-scan';
import { findTerms } from '../../src/extractors/terms/find';

// The same work on ten times the input may take about ten times as long, never a hundred.
describe('the scans behind each match stay linear', () => {
  it('the place cue looks at a short window, however long the line', () => {
    const line = (n: number) => 'Leeds '.repeat(n);
    // Every name on the line asks for its cue, as the location extractor does.
    const cues = (text: string) => () => {
      for (let at = 0; at < text.length; at += 6) cueAround(text, at, at + 5);
    };
    const small = line(5_000);
    const large = line(50_000);
    expect(time(cues(large))).toBeLessThan(Math.max(time(cues(small)), 5) * 30);
  });

  it.each([
    ['Markdown links with no closing bracket', (n: number) => `# T\n## U\n${'[a](b '.repeat(n)}`, (t: string) => stripMarkdown(identity(t))],
    ['Markdown emphasis runs', (n: number) => `# T\n## U\n${'**a** _b_ `c` '.repeat(n)}`, (t: string) => stripMarkdown(identity(t))],
    ['words broken over lines', (n: number) => 'word-\nword '.repeat(n), (t: string) => joinWrappedWords(identity(t))],
    ['lines broken mid-sentence, and short lines', (n: number) => `${'a long line of words that a PDF broke at the width,\n   and '.repeat(n)}${'x\n'.repeat(n)}`, (t: string) => joinWrappedLines(identity(t))],
    ['escaped HTML', (n: number) => '&lt;p&gt;x &amp; y '.repeat(n), (t: string) => unescapeHtml(t)],
    ['script tags, closed and not', (n: number) => `<script>${'x'.repeat(300)}</script><script <style `.repeat(n), (t: string) => withoutScriptBodies(t)],
    ['many scripts and no style', (n: number) => `<script>${'x'.repeat(300)}</script>`.repeat(n / 10), (t: string) => withoutScriptBodies(t)],
    ['CDATA sections, closed and not', (n: number) => '<![CDATA[x]]> <![CDATA[y '.repeat(n), (t: string) => unwrapCdata(t)],
    ['JSON with trailing commas, spaces and raw line breaks', (n: number) => `{"a":"x\ny",   ,]  ${'"b\t",    }'.repeat(n)}`, (t: string) => repairJson(t)],
    ['page data nested deep, never closed', (n: number) => `{"a":[${'{"b": x, title: "y", '.repeat(n)}`, (t: string) => scanJson(t, 0, t.length)],
    ['page data of many escapes', (n: number) => `"${'\\u003cp\\u003e\\n\\"'.repeat(n)}"`, (t: string) => decodeLiteral(t, 1, t.length - 1)],
    ["a board's interface lines and runs", (n: number) => 'Share\nSimilar jobs\nSave Analyst at Contoso\nword\n'.repeat(n), (t: string) => dropInterfaceLines(identity(t))],
    ['requirements of years and of experience alone, each checked against the others', (n: number) => '5 years of experience in sales\nProven experience in retail\n'.repeat(n), (t: string) => findExperience(t, { feedMarks: false })],
    ['a list of contacts, each kind checked against the others', (n: number) => 'jobs@contoso.example www.contoso.com/jobs 0113 496 0000\n'.repeat(n), (t: string) => findContacts(t)],
  ] as const)('%s are read in one pass over the text', (_name, input, run) => {
    const small = input(5_000);
    const large = input(50_000);
    expect(time(() => run(large))).toBeLessThan(Math.max(time(() => run(small)), 5) * 30);
  });

  it('the section an offset stands in is found without walking the sections before it (a row per label, one lookup per sentence)', () => {
    const sections = (n: number): Section[] => Array.from({ length: n }, (_, i) => ({ kind: 'other', heading: null, start: 10 * i, end: 10 * i + 8, reason: 'section/after-row' }));
    const lookups = (n: number) => {
      const all = sections(n);
      return () => {
        for (let at = 0; at < 10 * n; at += 5) sectionAt(all, at);
      };
    };
    expect(time(lookups(50_000))).toBeLessThan(Math.max(time(lookups(5_000)), 5) * 30);
  });

  it("a list item's lead-in is found without walking back over the items before it", () => {
    const list = (items: number): AnalysedDocument => {
      const lead = 'You must have the following:\n';
      const blocks: Block[] = [{ kind: 'paragraph', start: 0, end: lead.length - 1 }];
      let text = lead;
      for (let i = 0; i < items; i++) {
        blocks.push({ kind: 'list_item', start: text.length, end: text.length + 15 });
        text += 'Microsoft Excel\n';
      }
      return { text, blocks, sentences: [], sections: [], tokens: [] } as unknown as AnalysedDocument;
    };
    const requirements = (items: number) => () => {
      const doc = list(items);
      for (const b of doc.blocks.slice(1)) requirementAt(doc, b.start, b.end);
    };
    const doc = list(3);
    expect(doc.blocks.slice(1).map((b) => requirementAt(doc, b.start, b.end))).toEqual([true, true, true]);
    expect(time(requirements(50_000))).toBeLessThan(Math.max(time(requirements(5_000)), 5) * 30);
  });

  it('each term on one long line is checked for a label of choices over it ("Full-Time/Part-Time" over "Full-Time") in a short reach', () => {
    // A page run onto one line: the label's line and its value's are looked for near the term, not at the text's ends.
    const line = (n: number) => 'Full-time (Hybrid) Remote '.repeat(n);
    expect(findTerms(line(2)).employmentType.map((t) => t.value)).toEqual(['full_time']);
    expect(time(() => findTerms(line(10_000)))).toBeLessThan(Math.max(time(() => findTerms(line(1_000))), 5) * 30);
  });
});
