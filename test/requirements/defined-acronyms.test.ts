import { extract } from '../../src';
import { definedAcronyms } from '../../src/extractors/requirements/defined-acronyms';
import { analyse } from '../../src/pipeline/analyse';
import { resolveOptions } from '../../src/pipeline/options';

const certs = (text: string) => [...new Set(extract(text).certifications.map((c) => c.id))];

describe('acronyms a posting defines', () => {
  it('are read with the expansion the posting gives them', () => {
    const { doc } = analyse('Oversee Cost Accounting Standards (CAS) and the Software as a Service (SaaS) roll-out.', resolveOptions());
    const spans = [...definedAcronyms(doc)].map(([acronym, r]) => [acronym, doc.text.slice(r.start, r.end)]);
    expect(spans).toEqual([
      ['CAS', 'Cost Accounting Standards'],
      ['SaaS', 'Software as a Service'],
    ]);
  });

  it('mean nothing else in the posting: "CAS" is no insurance qualification, "CTA" no tax adviser', () => {
    expect(certs('Oversee Cost Accounting Standards (CAS) compliance. CAS reporting monthly.')).toEqual([]);
    expect(certs('The Clinical Territory Associate (CTA) is a developmental role. After the CTA position you carry a quota.')).toEqual([]);
  });

  it('keep the entry the expansion names', () => {
    expect(certs('Certified Public Accountant (CPA) required.')).toEqual(['cpa']);
    expect(certs('Chartered Tax Adviser (CTA) qualified.')).toEqual(['cta']);
  });

  it('undefined, keep their meaning', () => expect(certs('You hold the Cert CII and CAS.')).toEqual(['cii']));

  it('need initials that spell them', () => {
    const { doc } = analyse('Work with the finance team (CAS) daily.', resolveOptions());
    expect(definedAcronyms(doc).size).toBe(0);
  });
});
