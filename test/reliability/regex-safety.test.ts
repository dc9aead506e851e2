import * as path from 'node:path';
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import { regexesBuiltOnLoad, regexLiterals } from './regex-literals';

/**
 * Every regex in src/, literal or built from parts as a module loads, is checked by scslre, the analyser behind
 * eslint-plugin-regexp's no-super-linear-backtracking: it finds where a
 * pattern can backtrack exponentially, or polynomially when tried from every
 * position of a long input. Exponential is never allowed. Polynomial is
 * allowed only where the pattern reads a short, bounded slice, listed here by
 * file and pattern with the reason; a new one fails until it is reviewed (or,
 * better, rewritten).
 */
const REVIEWED: Record<string, string> = {
  'src/dictionaries/validate.ts /^\\/entries\\/(\\d+)(.*)$/': "anchored; reads ajv's instancePath, a short JSON pointer",
  'src/extractors/domains/index.ts /[A-Z][A-Za-z]+[ ]$/': 'reads the 30 characters before a match',
  'src/extractors/experience/find-experience.ts /(?:^|[.!?;:\\n]\\s*|\\s{2,})$/': 'reads the 3 characters before a match',
  'src/extractors/experience/subject.ts /\\s+(?:and|or|in|of|with|the|a|an)$/i': 'reads a subject of a few words with single spaces',
  'src/extractors/occupations/mentions.ts /([A-Za-z][A-Za-z&\'’]*)[ ]$/': 'reads the 30 characters before a match',
  'src/extractors/requirements/requirement-cue.ts /[:\\n]\\s*$/': 'reads the 3 characters before a cue',
  'src/extractors/skills/index.ts /\\s+or\\s+(?:an?\\s+)?(?:closely\\s+)?(?:related|equivalent|similar|relevant)\\b[^]*$/i': 'reads an education subject of a few words',
};

const root = path.join(__dirname, '..', '..');
const parser = new RegExpParser({ ecmaVersion: 2024 });
const literals = regexLiterals(root, 'src');

describe('regexes in src/ cannot backtrack catastrophically', () => {
  it('finds the literals', () => {
    expect(literals.length).toBeGreaterThan(150);
  });

  it('has no exponential pattern, and every polynomial one is reviewed', () => {
    const problems: string[] = [];
    const reviewed = new Set<string>();
    for (const { file, line, literal } of literals) {
      const reports = analyse(parser.parseLiteral(literal), { maxReports: 3 }).reports;
      if (reports.length === 0) continue;
      const key = `${file} ${literal}`;
      if (reports.some((r) => r.exponential)) problems.push(`${file}:${line} ${literal}: exponential backtracking`);
      else if (!(key in REVIEWED)) problems.push(`${file}:${line} ${literal}: polynomial backtracking on long input (bound its input and add it to REVIEWED, or rewrite it)`);
      else reviewed.add(key);
    }
    expect(problems).toEqual([]);
    // A reviewed pattern that is gone or rewritten leaves the list.
    expect(Object.keys(REVIEWED).filter((k) => !reviewed.has(k))).toEqual([]);
  });

  it('has no pattern built from parts that can backtrack on long input', () => {
    const built = regexesBuiltOnLoad(root, 'src');
    expect(built.length).toBeGreaterThan(20);
    const problems = built
      .map((re) => ({ re, reports: analyse(parser.parseLiteral(re.toString()), { maxReports: 1 }).reports }))
      .filter(({ reports }) => reports.length > 0)
      .map(({ re, reports }) => `${re.toString().slice(0, 120)}: ${reports[0].exponential ? 'exponential' : 'polynomial'} backtracking`);
    expect(problems).toEqual([]);
  });

  it('the check catches what it is for', () => {
    const report = (re: string) => analyse(parser.parseLiteral(re), { maxReports: 1 }).reports;
    expect(report('/(a+)+$/')[0]?.exponential).toBe(true);
    expect(report('/\\s+x$/')).toHaveLength(1);
    expect(report('/^[a-z]+$/')).toHaveLength(0);
  });
});
