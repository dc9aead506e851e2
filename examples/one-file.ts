/**
 * Extract one posting and print the fields most people want first.
 *
 *   npx tsx examples/one-file.ts seeds/004_287a76ac3088b226.txt
 */
import * as fs from 'fs';
import { extract } from '../src'; // in your project: from 'jobsift'

export function describePosting(input: string): string[] {
  const job = extract(input);
  const lines = [
    `title:      ${job.title?.normalized ?? '-'}`,
    `company:    ${job.company?.name ?? '-'}`,
    `location:   ${job.location ? [job.location.name, job.location.region, job.location.country].filter(Boolean).join(', ') : '-'}`,
    `pay:        ${job.salary ? (job.salary.masked ? 'masked' : `${job.salary.currency ?? ''} ${job.salary.min}-${job.salary.max} per ${job.salary.period}`) : '-'}`,
    `skills:     ${job.skills.filter((s) => s.source === 'dictionary').map((s) => s.name).join(', ')}`,
  ];
  // Every entity points into the input you passed, HTML included.
  for (const e of job.entities.slice(0, 5)) lines.push(`  ${e.label.padEnd(14)} ${JSON.stringify(input.slice(e.start, e.end))} (${e.reason})`);
  return lines;
}

if (require.main === module) {
  const file = process.argv[2] ?? 'seeds/004_287a76ac3088b226.txt';
  console.log(describePosting(fs.readFileSync(file, 'utf8')).join('\n'));
}
