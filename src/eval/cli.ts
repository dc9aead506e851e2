/**
 * npm run eval [-- <eval folder>] [--json report.json] [--mapping mapping.json] [--only green,skillspan,adzuna,us,pages]
 *
 * Scores jobsift against labelled data laid out like ../shared/eval:
 * green/*.jsonl and skillspan/*.jsonl (span sets: one sentence per row with
 * gold `entities`), adzuna/*.jsonl (postings with the publisher's salary,
 * location and contract labels), us/*.jsonl (US postings with the board's
 * pay, place and work-type labels), pages/ (whole job-board pages with
 * labels.jsonl). Run it on your own data after extending the
 * dictionaries.
 */
import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from '../cli/args';
import { messageOf } from '../cli/format';
import { DictionaryError } from '../dictionaries/errors';
import { createExtractor } from '../platform/node';
import { evaluateAdzuna, AdzunaReport } from './adzuna';
import { evaluatePages, pagesTable } from './pages';
import { DEFAULT_MAPPING, LabelMapping } from './mapping';
import type { Scores } from './score';
import { EVAL_HELP, EVAL_USAGE, parseEvalArgs } from './args';
import { evaluateSpans } from './spans';
import { evaluateUs, UsReport } from './us';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function spanTable(name: string, rows: Scores[]): string {
  const head = `${name.padEnd(22)} ${'gold'.padStart(5)} ${'pred'.padStart(5)}  strict P     R    F1   relaxed P     R    F1`;
  const lines = rows.map(
    (s) =>
      `  ${s.label.padEnd(20)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)}        ${pct(s.strict.p)} ${pct(s.strict.r)} ${pct(s.strict.f1)}         ${pct(s.relaxed.p)} ${pct(s.relaxed.r)} ${pct(s.relaxed.f1)}`,
  );
  return [head, ...lines].join('\n');
}

function adzunaTable(name: string, a: AdzunaReport): string {
  return [
    `${name} (${a.rows} postings)`,
    `  salary: midpoint of salary.annual within 1% of salaryNormalized   ${pct(a.salary.rate)}%  (${a.salary.hits}/${a.salary.of})`,
    `  salary, the pay string alone: extract(salaryRaw)                 ${pct(a.salaryString.rate)}%  (${a.salaryString.hits}/${a.salaryString.of})`,
    `  location: primary matches locationNormalized (named in text)     ${pct(a.location.primary.rate)}%  (${a.location.primary.hits}/${a.location.eligible})`,
    `  location: any found location matches                            ${pct(a.location.any.rate)}%  (${a.location.any.hits}/${a.location.eligible})`,
    `  employment type (full/part time): precision ${pct(a.employmentType.precision)}%  recall ${pct(a.employmentType.recall)}%  (${a.employmentType.correct}/${a.employmentType.predicted} predicted, ${a.employmentType.labelled} labelled)`,
    `  contract (permanent/contract):    precision ${pct(a.contractTime.precision)}%  recall ${pct(a.contractTime.recall)}%  (${a.contractTime.correct}/${a.contractTime.predicted} predicted, ${a.contractTime.labelled} labelled)`,
    `  pasted as one string (title line, description): same pay and place as with fields ${pct(a.pastedSameAsFields.rate)}%  (${a.pastedSameAsFields.hits}/${a.pastedSameAsFields.of})`,
  ].join('\n');
}

function usTable(name: string, u: UsReport): string {
  return [
    `${name} (${u.rows} postings)`,
    `  primary pay: min, max within 1% and period, where labelled      ${pct(u.pay.rate)}%  (${u.pay.hits}/${u.pay.of})`,
    `  primary location: city, where the text names it               ${pct(u.city.rate)}%  (${u.city.hits}/${u.city.of})`,
    `  primary location: state, where the text names it              ${pct(u.state.rate)}%  (${u.state.hits}/${u.state.of})`,
    `  employment type (full/part time): precision ${pct(u.employmentType.precision)}%  recall ${pct(u.employmentType.recall)}%  (${u.employmentType.correct}/${u.employmentType.predicted} predicted, ${u.employmentType.labelled} labelled)`,
    `  contract-like terms:              precision ${pct(u.contractLike.precision)}%  recall ${pct(u.contractLike.recall)}%  (${u.contractLike.correct}/${u.contractLike.predicted} predicted, ${u.contractLike.labelled} labelled)`,
    `  remote: recall ${pct(u.remote.rate)}%  (${u.remote.hits}/${u.remote.of}; hybrid on ${u.remote.hybrid} more)`,
    `  pasted as one string (title line, company line, text): title ${pct(u.pasted.title.rate)}%, company ${pct(u.pasted.company.rate)}%, same pay and place as with fields ${pct(u.pasted.sameAsFields.rate)}%`,
  ].join('\n');
}

/** US and UK figures side by side, so a change for one market never silently costs the other. */
function marketsTable(us: UsReport | undefined, uk: AdzunaReport | undefined): string {
  const cell = (x: number | undefined) => (x === undefined ? '    -' : pct(x)).padStart(8);
  const rows: [string, number | undefined, number | undefined][] = [
    ['primary pay (text / {salary})', us?.pay.rate, uk?.salary.rate],
    ['pay string alone', undefined, uk?.salaryString.rate],
    ['primary place (city)', us?.city.rate, uk?.location.primary.rate],
    ['full/part time precision', us?.employmentType.precision, uk?.employmentType.precision],
    ['full/part time recall', us?.employmentType.recall, uk?.employmentType.recall],
    ['contract precision', us?.contractLike.precision, uk?.contractTime.precision],
    ['contract recall', us?.contractLike.recall, uk?.contractTime.recall],
  ];
  return [`${'markets'.padEnd(32)}${'US'.padStart(8)}${'UK'.padStart(8)}`, ...rows.map(([n, a, b]) => `  ${n.padEnd(30)}${cell(a)}${cell(b)}`)].join('\n');
}

function jsonlIn(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(dir, f)) : [];
}

function main(): number {
  const command = parseEvalArgs(process.argv.slice(2), path.join(__dirname, '..', '..', '..', 'shared', 'eval'), DEFAULT_MAPPING);
  if (command.kind === 'help') {
    console.log(EVAL_HELP);
    return 0;
  }
  const { root, only, json, dictionaries } = command.options;
  const mapping: LabelMapping = command.options.mapping;
  // With --json - stdout carries the report alone: the tables, for people, go to stderr.
  if (json === '-') console.log = console.error;
  const extractor = createExtractor({ dictionaries });
  const report: Record<string, unknown> = {};
  const started = Date.now();
  for (const dataset of Object.keys(mapping)) {
    if (only && !only.has(dataset)) continue;
    const files = jsonlIn(path.join(root, dataset));
    for (const file of files) {
      const name = `${dataset}/${path.basename(file, '.jsonl')}`;
      const scores = evaluateSpans(extractor, [file], mapping[dataset]);
      report[name] = scores;
      console.log(spanTable(name, scores) + '\n');
    }
    // A dataset split over several files (SkillSpan's house and tech) is also scored as one.
    if (files.length > 1) {
      const scores = evaluateSpans(extractor, files, mapping[dataset]);
      report[`${dataset}/all`] = scores;
      console.log(spanTable(`${dataset}/all`, scores) + '\n');
    }
  }
  /** Each JSONL file of a posting dataset, scored and printed; the last file's report is returned for the markets table. */
  const scoreFiles = <R>(dataset: string, evaluate: (e: typeof extractor, file: string) => R, table: (name: string, r: R) => string): R | undefined => {
    let last: R | undefined;
    if (only && !only.has(dataset)) return last;
    for (const file of jsonlIn(path.join(root, dataset))) {
      const name = `${dataset}/${path.basename(file, '.jsonl')}`;
      report[name] = last = evaluate(extractor, file);
      console.log(table(name, last) + '\n');
    }
    return last;
  };
  const uk = scoreFiles<AdzunaReport>('adzuna', evaluateAdzuna, adzunaTable);
  const us = scoreFiles<UsReport>('us', evaluateUs, usTable);
  if (us || uk) console.log(marketsTable(us, uk) + '\n');
  if ((!only || only.has('pages')) && fs.existsSync(path.join(root, 'pages', 'labels.jsonl'))) {
    const p = evaluatePages(extractor, path.join(root, 'pages'));
    report.pages = p;
    console.log(pagesTable(p) + '\n');
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (json === '-') process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else if (json) fs.writeFileSync(json, JSON.stringify(report, null, 2));
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  const usage = err instanceof UsageError || err instanceof DictionaryError;
  console.error(`eval: ${messageOf(err)}${err instanceof UsageError ? `\n${EVAL_USAGE}\nMore: npm run -s eval -- --help` : ''}`);
  process.exitCode = usage ? 2 : 1;
}
