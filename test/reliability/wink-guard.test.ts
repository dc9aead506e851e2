import { createExtractor } from '../../src';
import { guardForWink } from '../../src/nlp/wink-guard';
import { breakLongRuns } from '../../src/normalise/long-runs';
import { identity } from '../../src/normalise/mapped-text';
import { fixCharacters } from '../../src/normalise/text-fixes';
import { time } from './timing';

const isWellFormed = (s: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

describe('what reaches wink', () => {
  it('leaves a well-formed URL whole', () => {
    const text = 'Apply at https://careers.example.co.uk/jobs/1234?ref=feed today';
    expect(guardForWink(text)).toBe(text);
  });

  it('breaks the // of a host-like run wink would backtrack on, keeping the length', () => {
    const attack = '//a.b' + 'cd.e'.repeat(17) + '!';
    const guarded = guardForWink(attack);
    expect(guarded).toHaveLength(attack.length);
    expect(guarded).not.toContain('//');
  });

  it('breaks a well-formed URL whose host labels would cost too much to reject', () => {
    const host = 'abcdefgh.'.repeat(8) + 'com';
    expect(guardForWink(`(//${host})`)).not.toContain('//');
  });

  it('reads the text once: ten times the text, about ten times the time', () => {
    const text = (n: number) => 'Leeds '.repeat(n) + 'see //example.com';
    const small = time(() => guardForWink(text(20_000)));
    const large = time(() => guardForWink(text(200_000)));
    expect(large).toBeLessThan(Math.max(small, 5) * 30);
  });

  it('cuts a run longer than any word between code points', () => {
    const guarded = guardForWink('a' + '😀'.repeat(300));
    expect(guarded).toContain(' ');
    expect(isWellFormed(guarded)).toBe(true);
  });
});

describe('long runs in the normalised text', () => {
  it('are broken between code points', () => {
    const out = breakLongRuns(identity('a' + '😀'.repeat(200))).text;
    expect(out).toContain(' ');
    expect(isWellFormed(out)).toBe(true);
  });

  it('keep a long URL whole', () => {
    const url = 'https://jobs.example.com/apply?' + 'q=nurse&'.repeat(60);
    expect(breakLongRuns(identity(`Apply: ${url} now`)).text).toBe(`Apply: ${url} now`);
  });
});

describe('Unicode spaces', () => {
  it('are plain spaces, the Ogham space mark too', () => {
    expect(fixCharacters(identity('a\u1680b\u2003c\u205fd')).text).toBe('a b c d');
  });
});

describe('extract() on the strings that made wink backtrack', () => {
  const jobsift = createExtractor();
  jobsift.extract('warm-up: Nurse in Leeds');
  const attacks: Array<[string, (k: number) => string]> = [
    ['host labels then "!"', (k) => '//a.b' + 'cd.e'.repeat(k) + '!'],
    ['an Ogham space mark after //', (k) => '//\u1680' + 'abcd.'.repeat(k) + 'H'],
    ['host labels after an @ in a path', (k) => 'https://x.com/a@' + 'bcd.'.repeat(k) + '!'],
  ];
  it.each(attacks)('%s: the time grows no faster than the input', (_, make) => {
    // Exponential backtracking multiplied the time by 3-4 per label; linear time doubles at most with the input.
    const small = time(() => jobsift.extract(make(16)));
    const large = time(() => jobsift.extract(make(64)));
    expect(large).toBeLessThan(Math.max(small, 5) * 12);
  });
});
