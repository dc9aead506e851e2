import { extract } from '../../src';
import { runRequirements } from './run';

function certs(text: string) {
  return runRequirements(text).certifications.map((c) => [c.id, c.kind, c.required]);
}

describe('certifications and licences', () => {
  it.each([
    'A Working with Children Check is not required for this role.',
    'No DBS check required.',
    'A forklift licence is not needed; we train you.',
  ])('a check or licence the posting says it does not ask for is none: %j', (text) => {
    expect(certs(text)).toEqual([]);
  });

  it('one the posting says is not essential stays, as a preference', () => {
    expect(certs('NMC registration is not essential.')).toEqual([['nmc-registration', 'registration', false]]);
  });

  it('reads a full clean driving licence as a required licence', () => {
    expect(certs('A full clean UK driving licence is essential.')).toEqual([['driving-licence', 'licence', true]]);
  });

  it.each([
    ['Enhanced DBS check required.', 'dbs-check', 'clearance'],
    ['You must be CRB checked.', 'crb-check', 'clearance'],
    ['SC clearance is needed for this role.', 'security-clearance', 'clearance'],
    ['You will be ACCA or CIMA qualified.', 'acca', 'certification'],
    ['A valid NMC PIN is essential.', 'nmc-registration', 'registration'],
    ['You will hold a CSCS card.', 'cscs-card', 'certification'],
    ['NEBOSH certificate preferred.', 'nebosh', 'certification'],
    ['PRINCE2 practitioner.', 'prince2', 'certification'],
    ['Security+ or CISSP within six months of appointment.', 'comptia-security-plus', 'certification'],
    ['CompTIA Network+ certification is a plus.', 'comptia-network-plus', 'certification'],
    ['An active CNA license is required.', 'cna-certification', 'licence'],
    ['HHA certificate preferred.', 'hha-certification', 'certification'],
    ['Phlebotomy certification required.', 'phlebotomy-certification', 'certification'],
    ['License/Certification: CCMA (Preferred)', 'ccma', 'certification'],
    ['ASE certified technicians earn more.', 'ase-certification', 'certification'],
    ['A current real estate license is required.', 'real-estate-licence', 'licence'],
    ['Must hold a TWIC card.', 'twic-card', 'clearance'],
    ['CCRN certification preferred.', 'ccrn', 'certification'],
    ['CEN or TNCC certification required.', 'cen', 'certification'],
    ['NRP and PALS certifications required for NICU nurses.', 'nrp', 'certification'],
    ['CNOR certification is a plus.', 'cnor', 'certification'],
    ['Hazmat and tanker endorsements required.', 'hazmat-endorsement', 'licence'],
    ['Must carry a current DOT medical card.', 'dot-medical-card', 'licence'],
    ['Licensed as an LCSW in California.', 'social-work-licence', 'licence'],
    ['A forklift licence is required.', 'forklift-licence', 'licence'],
    ['You must hold a food hygiene certificate.', 'food-hygiene-certificate', 'certification'],
    ['You must be eligible to live and work in the UK.', 'right-to-work-in-the-uk', 'right_to_work'],
    ['You must have a valid work permit.', 'work-permit', 'right_to_work'],
    ['A Class A CDL is required.', 'cdl', 'licence'],
    ['You hold a current Working with Children Check.', 'working-with-children-check', 'clearance'],
    ['A National Police Check is required.', 'police-check', 'clearance'],
    ['Current AHPRA registration as a Registered Nurse.', 'ahpra-registration', 'registration'],
    // Registrations and licences other markets' postings ask for.
    ['B.Eng in Mechanical Engineering and COREN registration.', 'coren-registration', 'registration'],
    ['Current registration with the College of Nurses of Ontario (CNO) is required.', 'cno-registration', 'registration'],
    ['Must be a licensed Professional Engineer in Alberta.', 'professional-engineer-licence', 'licence'],
    ['PRC license holder with 1 year of hospital experience.', 'prc-license', 'licence'],
    ['SANC registration is essential.', 'sanc-registration', 'registration'],
    ['HPCSA registration as a physiotherapist.', 'hpcsa-registration', 'registration'],
    ['You must be a member of ICAN.', 'ican', 'certification'],
    ['Active Texas APRN license and a DEA license.', 'aprn-license', 'licence'],
    ['A DEA registration is required.', 'dea-registration', 'registration'],
    ['Registered electrician (EWRB) with a current licence.', 'ewrb-registration', 'registration'],
    ['Chartered membership of Engineers Australia (CPEng) preferred.', 'engineers-australia', 'registration'],
    // US licences and certifications as postings on US boards ask for them.
    ['License/Certification: PTCB Certification (Required)', 'pharmacy-technician-certification', 'certification'],
    ['Active LPN license in the state of Ohio.', 'lpn-license', 'licence'],
    ['RBT certification within 90 days of hire.', 'rbt', 'certification'],
    ['EPA 608 certification required.', 'epa-608', 'certification'],
    ['Must hold an active Secret clearance.', 'us-security-clearance', 'clearance'],
    ['SHRM-CP or PHR preferred.', 'hr-certification', 'certification'],
    ['Life and Health insurance license required within 60 days.', 'insurance-licence', 'licence'],
    ['Valid guard card required.', 'security-guard-licence', 'licence'],
    ['TABC certification required for all servers.', 'alcohol-server-certification', 'certification'],
    ['Journeyman electrician license required.', 'trade-licence', 'licence'],
    ['Food Handler Certification (Preferred)', 'servsafe', 'certification'],
    ['Passed the NCLEX-RN.', 'nursing-license', 'licence'],
    ['Series 7 and Series 63 licenses required.', 'series-7', 'licence'],
    ['OSHA 10 preferred.', 'osha-10', 'certification'],
    ['Führerschein Klasse B erforderlich.', 'driving-licence', 'licence'],
  ])('%s', (text, id, kind) => {
    expect(certs(text)[0].slice(0, 2)).toEqual([id, kind]);
  });

  it('reads "CTC" as a clearance beside clearance words, not beside pay ("12 LPA CTC" is cost to company)', () => {
    expect(certs('You must hold CTC clearance or be willing to undergo vetting.').map(([id]) => id)).toEqual(['security-clearance']);
    expect(certs('Salary: 12 LPA CTC.')).toEqual([]);
  });

  it("gives a certificate's words to it, not to a skill: the Disclosure and Barring Service is no bar work", () => {
    const r = extract('Staff Nurse\nA Disclosure and Barring Service check is required for this post.');
    expect(r.certifications.map((c) => c.id)).toEqual(['dbs-check']);
    expect(r.skills.map((s) => s.id)).not.toContain('bar-work');
  });

  it('reads "an advantage" as preferred', () => {
    expect(certs('ITIL Foundation would be an advantage.')).toEqual([['itil', 'certification', false]]);
  });
});
