import fc from 'fast-check';
import { digitMarks, matchesInRuns, matchesStartingNear, occurrences } from '../../src/util/scan-near';
import { ENTRY_LEVEL, entryLevelMarks, EXPERIENCE_PATTERNS, experienceRuns } from '../../src/extractors/experience/find-experience';
import { CUE_REACH, TERM_PATTERNS } from '../../src/extractors/terms/patterns';
import { DIGIT_REACH, WEEKLY_PATTERNS } from '../../src/extractors/terms/hours';

const all = (text: string, re: RegExp): [number, string][] => [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index!, m[0]]);
const startingNear = (text: string, re: RegExp, marks: string[], reach: number): [number, string][] =>
  matchesStartingNear(text, re, occurrences(text, marks), reach).map((m) => [m.index, m[0]]);

describe('matchesStartingNear near marks', () => {
  // A web-address-like pattern: every match has a '.' or ':' within its first 8 characters.
  const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s]{1,20}|\b[a-z0-9-]{2,7}\.(?:com|uk)\b/giu;

  it('finds what a scan of the whole text finds', () => {
    const text = 'see www.example.org or jobs.com, http://x.y/z; not a.b. ab.uk abcdefghij.com 😀ab.com';
    expect(startingNear(text, ADDRESS, ['.', ':'], 8)).toEqual(all(text, ADDRESS));
    expect(startingNear(text, ADDRESS, ['.', ':'], 8).map(([, s]) => s)).toContain('ab.uk');
    // Every match starts at most 6 characters before a '.': two and three of them read near one.
    expect(startingNear('ab.uk ab.uk.', /ab|uk|\./g, ['.'], 6)).toEqual([[0, 'ab'], [2, '.'], [3, 'uk'], [6, 'ab'], [8, '.'], [9, 'uk'], [11, '.']]);
  });

  it('finds what a scan of the whole text finds, on any text', () => {
    const letters = fc.constantFrom('a', 'b', 'w', 'h', 't', 'p', 's', '.', ':', '/', ' ', 'c', 'o', 'm', 'u', 'k', '😀', '\n');
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        expect(startingNear(text, ADDRESS, ['.', ':'], 8)).toEqual(all(text, ADDRESS));
      }),
      { numRuns: 500 },
    );
  });

  it('lists every occurrence of every mark, in order', () => {
    expect(occurrences('a.b:c.', ['.', ':'])).toEqual([1, 3, 5]);
  });
});

describe('matchesStartingNear', () => {
  it('gives the groups a whole-text scan gives, with lookbehinds, line starts and a backreference', () => {
    // Every match holds a digit at most 9 characters after its start.
    const RANGE = /(?<![a-z])(?:(ab|b)\s?(\d)(?:-\1)?|^x{0,8}(\d)|(?<=b)\d(\w?))/gim;
    const groups = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);
    const letters = fc.constantFrom('a', 'b', 'x', '1', '2', '-', ' ', '\n', 'é', '😀');
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const digits = occurrences(text, ['1', '2']);
        expect(groups(matchesStartingNear(text, RANGE, digits, 9))).toEqual(groups([...text.matchAll(RANGE)]));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the term patterns as a whole-text scan does, near their cues', () => {
    const words = fc.constantFrom('full', 'time', 'part-time', 'Full Time', 'permanent', 'temp', 'to', 'perm', 'contract', 'fixed', 'term', 'remote', 'hybrid', 'working', 'from', 'home', 'based', 'office', 'days', '2', 'week', 'role', 'position', 'is', ' ', ', ', '\n', ': ', 'the', 'job', '100%', 'ir35', 'outside', 'freelance', 'internship', '(', ')');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        const lower = text.toLowerCase();
        for (const tp of TERM_PATTERNS) {
          const cues = occurrences(lower, tp.cues);
          expect(matchesStartingNear(text, tp.pattern, cues, CUE_REACH).map((m) => [m.index, m[0]])).toEqual(all(text, tp.pattern));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads the weekly-hours patterns as a whole-text scan does, near the digits', () => {
    expect(digitMarks('Hours: 37.5 a week')).toEqual([7, 8, 10]);
    // Figures up to 17 characters after a match's start: 'hours per week : 37.5'.
    const words = fc.constantFrom('Hours:', 'hours per week:', 'hours per week :', 'hrs', 'per', 'week', 'a', 'fortnight', 'between', 'and', 'to', '-', ' ', '\n', '37.5', '20', '76', 'Stunden', '/Woche', 'h', 'working', 'days', '9am', '*');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 14 }), fc.constantFrom('', ' '), (parts, gap) => {
        const text = parts.join(gap);
        for (const [re] of WEEKLY_PATTERNS) {
          expect(matchesStartingNear(text, re, digitMarks(text), DIGIT_REACH).map((m) => [m.index, m[0]])).toEqual(all(text, re));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('experience patterns read only in the runs that hold "experience"', () => {
  const whole = (text: string, re: RegExp): [number, string][] => all(text, re);
  const inRuns = (text: string, re: RegExp): [number, string][] => matchesInRuns(text, re, experienceRuns(text)).map((m) => [m.index, m[0]]);
  const bits = fc.constantFrom('experience', 'Experience', 'no', 'relevant', 'is', 'necessary', 'required', 'proven', 'hands-on', 'x', ' ', '  ', ',', '.', '(', '\n', '\t', '\u00a0', 'é', '-', 'e');

  it('finds what a scan of the whole text finds, on any text', () => {
    fc.assert(
      fc.property(fc.array(bits, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const re of Object.values(EXPERIENCE_PATTERNS)) expect(inRuns(text, re)).toEqual(whole(text, re));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds a qualified experience and a waived one', () => {
    const text = 'Proven sales experience, no previous experience necessary.';
    expect(inRuns(text, EXPERIENCE_PATTERNS.QUALIFIED).map(([, s]) => s)).toEqual(['Proven sales experience', 'previous experience']);
    expect(inRuns(text, EXPERIENCE_PATTERNS.WAIVED).map(([, s]) => s)).toEqual(['no previous experience necessary']);
  });
});

describe('entry-level statements read only where their first word stands', () => {
  const near = (text: string): [number, string][] => matchesStartingNear(text, ENTRY_LEVEL, entryLevelMarks(text), 0).map((m) => [m.index, m[0]]);
  const bits = fc.constantFrom('Entry', 'entry', 'level', 'Graduates', 'graduate', 'Freshers', 'fresher', 'can', 'apply', 'welcome', 'scheme', 'Experience:', 'experience', ' ', '  ', '-', '\n', ',', 'x', 'not an');

  it('finds what a scan of the whole text finds, on any text', () => {
    fc.assert(
      fc.property(fc.array(bits, { maxLength: 16 }), fc.constantFrom('', ' '), (parts, gap) => {
        const text = parts.join(gap);
        expect(near(text)).toEqual(all(text, ENTRY_LEVEL));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds an entry-level role and freshers after the experience label', () => {
    expect(near('An Entry-Level role. Experience: Freshers\nGraduates welcome').map(([, s]) => s)).toEqual(['Entry-Level', 'Freshers', 'Graduates welcome']);
  });
});
