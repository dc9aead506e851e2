import { count, emptyCounts, scores } from '../../src/eval/score';

describe('span scoring', () => {
  it('counts exact matches as strict and overlaps as relaxed', () => {
    const c = emptyCounts();
    const gold = [
      { label: 'Skill', start: 0, end: 10 },
      { label: 'Skill', start: 20, end: 30 },
    ];
    const predicted = [
      { label: 'Skill', start: 0, end: 10 }, // exact
      { label: 'Skill', start: 25, end: 40 }, // overlaps the second
      { label: 'Skill', start: 50, end: 55 }, // wrong
    ];
    count(c, gold, predicted);
    const s = scores('Skill', c);
    expect(s.strict.p).toBeCloseTo(1 / 3);
    expect(s.strict.r).toBeCloseTo(1 / 2);
    expect(s.relaxed.p).toBeCloseTo(2 / 3);
    expect(s.relaxed.r).toBeCloseTo(1);
    expect(s.relaxed.f1).toBeCloseTo(0.8);
  });

  it('scores nothing found against nothing labelled as zero, not NaN', () => {
    const s = scores('Skill', emptyCounts());
    expect(s.strict).toEqual({ p: 0, r: 0, f1: 0 });
  });
});
