import { createExtractor } from '../../src';

// Seeded, so a failure reproduces: a small linear congruential generator.
function rng(seed: number) {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

const PARTS = [
  'Title: ', 'Description: ', 'Company: ', '\n', '  ', ' ', '****', '****K', '£', '$', '€', '25,000', '9.50', ' - ', ' to ',
  'per annum', 'p/h', 'OTE', '<p>', '</p>', '<li>', '<br>', '&amp;', '&pound', '&#x2013;', '<script>x</script>', 'Excel', 'word',
  'London', 'Reading', 'Bath', ', Surrey', 'SW1A 1AA', 'Denver, CO 80202', '5+ years', 'essential', 'desirable', 'GCSE', 'NVQ Level 2',
  'full time', 'part time', 'remote', 'no remote', 'â€™', '“', '”', '\u00a0', '\u200b', '😀', 'é', '\ud800', '*', '/', ':', '•', 'ability to',
  'knowledge of', 'verbal and written communication', 'Requirements', 'ESSENTIAL:', 'http://x.example/a', 'a@b.co.uk', '0161 496 0000',
];

describe('extract() on random postings', () => {
  const jobsift = createExtractor();
  it('never throws and keeps every span inside the input', () => {
    const next = rng(20261122);
    for (let n = 0; n < 300; n++) {
      let input = '';
      const len = 1 + Math.floor(next() * 60);
      for (let i = 0; i < len; i++) input += PARTS[Math.floor(next() * PARTS.length)];
      const r = jobsift.extract(input);
      for (const e of r.entities) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeGreaterThanOrEqual(e.start);
        expect(e.end).toBeLessThanOrEqual(input.length);
      }
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    }
  });
});
