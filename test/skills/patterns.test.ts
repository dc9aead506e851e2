import { createExtractor } from '../../src';
import { time } from '../reliability/timing';

// Only the pattern rules speak here: no dictionary skills.
const jobsift = createExtractor({ builtinDictionaries: false });
const phrases = (text: string) => jobsift.extract(text).skills.filter((s) => s.source === 'pattern').map((s) => [s.name, s.kind]);

describe('open-vocabulary skill phrases', () => {
  it('reads the verb phrase after "ability to"', () => {
    expect(phrases('Proven ability to influence cross functional teams and suppliers.')).toEqual([['influence cross functional teams and suppliers', 'competence']]);
  });

  it('leaves the copula out: "ability to be self motivated"', () => {
    expect(phrases('The ability to be self motivated.')).toEqual([['self motivated', 'competence']]);
  });

  it('reads a duty that opens with a verb, up to the clause end', () => {
    expect(phrases('Manage outbound calls to existing and potential customers, with a view to sales.')).toEqual([
      ['Manage outbound calls to existing and potential customers', 'competence'],
    ]);
  });

  it('takes no duty from a label or a heading that opens with a verb', () => {
    expect(phrases('Pay range: $31.00 - $38.50 per hour')).toEqual([]);
    expect(phrases('Hiring Insights\nJob activity\nPosted 3 days ago')).toEqual([]);
    expect(phrases('Build Strong Client Relationships Across Regions')).toEqual([['Build Strong Client Relationships Across Regions', 'competence']]);
  });

  it('takes no skill from where the work is done, a details row or an advert\'s call', () => {
    expect(phrases('You will work from our Denver office three days a week.')).toEqual([]);
    expect(phrases('Pay scale & grade GS 12')).toEqual([]);
    expect(phrases('Hiring Class A CDL drivers for regional lanes.')).toEqual([]);
    expect(phrases('Hiring and training new staff.')).toEqual([['Hiring and training new staff', 'competence']]);
    expect(phrases('See how you compare to other applicants. Try Premium for free.')).toEqual([]);
    expect(phrases('The board is not responsible for the employer\'s application process.')).toEqual([]);
  });

  it("takes no duty from a line about the reader's own application, but does from a duty about CVs", () => {
    expect(phrases('Build your online profile in minutes.')).toEqual([]);
    expect(phrases('Keep track of your job applications.')).toEqual([]);
    expect(phrases('Update the CV database every week.')).toEqual([['Update the CV database every week', 'competence']]);
  });

  it('keeps a slash between letters inside its term: "A/B testing"', () => {
    expect(phrases('Experience with SQL and A/B testing.')).toEqual([
      ['SQL', 'knowledge'],
      ['A/B testing', 'knowledge'],
    ]);
    expect(phrases('Proficiency in C/C++.').map(([name]) => name)).not.toContain('C/C');
  });

  it('splits the coordinated objects of "knowledge of" into knowledge phrases', () => {
    expect(phrases('Knowledge of budgets, estimates, contract sums and financial controls.')).toEqual([
      ['budgets', 'knowledge'],
      ['estimates', 'knowledge'],
      ['contract sums', 'knowledge'],
      ['financial controls', 'knowledge'],
    ]);
  });

  it('reads "responsible for" and "you will" duties', () => {
    expect(phrases('You will be responsible for managing all aspects of the kitchen.')).toEqual([['managing all aspects of the kitchen', 'competence']]);
    expect(phrases('On a typical day you will deal directly with agencies and clients.')).toEqual([['deal directly with agencies and clients', 'competence']]);
  });

  it('stops before the requirement cue', () => {
    expect(phrases('Experience managing a busy reception would be an advantage.')).toEqual([['managing a busy reception', 'competence']]);
  });

  it('leaves out the reporting line', () => {
    expect(phrases('Reporting into the Engineering Manager, you will design circuits.')).toEqual([['design circuits', 'competence']]);
  });

  it('leaves out objects too general to be a skill', () => {
    expect(phrases('Knowledge of the industry. Experience in development.')).toEqual([]);
  });

  it('leaves out what the pay rules read: a pay line is not a duty', () => {
    expect(phrases('Pay 11.50 per hour. Earn up to £30,000 a year.')).toEqual([]);
    expect(phrases('Pay suppliers on time.')).toEqual([['Pay suppliers on time', 'competence']]);
  });

  it('leaves out sentences that are not about the candidate', () => {
    expect(phrases('Apply now with your CV. Please contact Sarah on the number below.')).toEqual([]);
  });

  it('reads a posting whose words name Object.prototype properties ("constructor")', () => {
    const result = jobsift.extract('Knowledge of budgets. The constructor of the site. Ability to plan ahead.');
    expect(result.warnings).toEqual([]);
    expect(phrases('Knowledge of budgets. The constructor of the site. Ability to plan ahead.')).toEqual([
      ['budgets', 'knowledge'],
      ['plan ahead', 'competence'],
    ]);
  });

  it('stays linear on a long run-on sentence', () => {
    const text = (n: number) => 'Ability to ' + 'plan and '.repeat(n) + 'deliver.';
    const small = time(() => jobsift.extract(text(2_000)));
    expect(time(() => jobsift.extract(text(20_000)))).toBeLessThan(Math.max(small, 5) * 30);
  });
});

describe('a heading is no duty', () => {
  test('"Pay transparency" over a paragraph gives no leading-verb phrase', () => {
    const html = '<h3>Requirements</h3><ul><li>5+ years of embedded C</li></ul><h3>Pay transparency</h3><p>The salary range for this position is $150,000 to $185,000.</p>';
    const phrases = jobsift.extract(html).skills.filter((s) => s.source === 'pattern').map((s) => s.name);
    expect(phrases).not.toContain('Pay transparency');
  });

  test('"What you\'ll bring" opens the requirements and asks for no "bring"', () => {
    const r = jobsift.extract("What you'll bring\n- 5+ years of experience in analytics\n- Strong Python skills\nBenefits and perks\n- Mental health support");
    expect(r.skills.map((s) => s.name)).toEqual(['analytics']);
    expect(r.sections.map((s) => s.kind)).toEqual(['requirements', 'benefits']);
  });
});
