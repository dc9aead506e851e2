import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');

/** The postings whose views the tests check: the seeds, the fixtures and the hostile fixtures. */
export const VIEW_PAGES = [
  ...fs.readdirSync(path.join(root, 'seeds')).map((f) => `seeds/${f}`),
  ...fs.readdirSync(path.join(root, 'test/fixtures')).filter((f) => /\.(txt|html)$/.test(f)).map((f) => `test/fixtures/${f}`),
  ...fs.readdirSync(path.join(root, 'test/fixtures/hostile')).map((f) => `test/fixtures/hostile/${f}`),
].sort();
