/**
 * Extend the skills with your own dictionary file (see custom-skills.json):
 * add skills, add aliases to built-in ones, switch built-in ones off.
 *
 *   npx tsx examples/custom-skills.ts
 */
import * as path from 'path';
import { createExtractor } from '../src'; // in your project: from 'jobsift'

export function customSkills(posting: string): string[] {
  const jobsift = createExtractor({ dictionaries: [path.join(__dirname, 'custom-skills.json')] });
  return jobsift.extract(posting).skills.filter((s) => s.source === 'dictionary').map((s) => `${s.id} (${s.kind})`);
}

if (require.main === module) {
  console.log(customSkills('You will run the stretch wrapper, keep stock sheets in Excel 365 and offer friendly customer service.'));
}
