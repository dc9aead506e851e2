/**
 * Words after which a capitalised word continues the same phrase rather than
 * starting a new run-together list item ("experience using Excel", "the
 * Operations Director", "email and Internet").
 */
export const CONTINUATION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or nor but of to in on at by for with from into onto upon over under via per as than ' +
    'such like including include includes especially particularly ideally preferably e.g ie i.e eg etc ' +
    'using use within across through throughout between among around about after before during without ' +
    'is are was were be been being am has have had do does did will would can could shall should may might must ' +
    'our your their his her its my we you they it this that these those which who whom whose where when ' +
    'all any each every some both either neither no not other another own same ' +
    'very more most less least also too so then there here whilst while if ' +
    'called named known titled new old based located near dear mr mrs ms dr st'
  ).split(' '),
);
