import { lazy } from '../../util/lazy';
import { EMOJI_LEAD, HIRING_VERBS_ELSEWHERE } from '../hiring-title';
import { standsAlone } from '../../util/whole-words';
import { AT_WORDS, foldText, HIRING_WORDS, isSiteWords, SEPARATOR } from './title';
import type { PageMeta } from './meta';
import { lookupHeading } from '../../sections/headings';
import { wordKey } from '../../data/words/fold';
import { ENDS_AS_SENTENCE } from '../../util/lines';
import employerWords from '../../data/words/employer-words.json';
import { LEGAL_BRACKET, LEGAL_FORM, withoutLegalForm } from '../../extractors/company/legal-form';
import { STOP_ALIASES } from '../../dictionaries/stop-words';
import { isKnownTown, isPlaceLine, MAX_PLACE_LINE } from '../../extractors/location/place-line';
import { isInterfaceLine } from '../interface-lines';
import { labelField } from '../field-labels';
import { isPayPart, isTermsList, TERMS_PART } from '../line-parts';
import { namesOneRole, ROLE_NOUN_END, TITLE_QUALIFIER } from '../role-words';

const CAPITAL_START = /^\p{Lu}/u;
const SHORT_INITIALS = /^\p{Lu}{2,4}$/u;

/**
 * The employer on a whole page with no Company row: what the page's own
 * titles and headings say, by agreement. "Google hiring X", "X at Reddit",
 * "Job Offer at Evulpo AG", "Meta Careers", "Careers at Apple", the site's
 * name, the other part of "X – Vercel", an "About Vercel" or "Other jobs at
 * Mintlify" line, "Posted by X", "X is an equal opportunity employer", a
 * sentence that introduces the employer ("X is a leading provider of", "At X,
 * we"), and the short line under the title each add a weight, and so does a name the text
 * repeats; the name with the most that the body shows wins.
 */
export interface PickedCompany {
  name: string;
  /** Where the body shows the name; null for a name the page's head alone gives. */
  span: { start: number; end: number } | null;
  reason: string;
  /** The signs' weight for it. */
  weight: number;
}

interface Vote {
  name: string;
  weight: number;
  reason: string;
}

const MAX_NAME_WORDS = 5;
const MIN_WEIGHT = 2;
// Two of the page's own signs that agree (its site name and a part of its title, each 2): a name the body
// leaves to the header or footer, as "Acme Software Labs | Data Engineer" over a body that says "Acme".
const HEAD_AGREEMENT = 4;
// A domain, a place with a postcode ("Wednesbury WS10", "Camberwell VIC 3124") or a state code: not an
// employer's name ("C3 AI" and "3M" are).
const NOT_A_NAME = /\.[a-z]{2,}\b|\d{3,}|\b[A-Z]{2}\d|, [A-Z]{2}\b/;

function plausible(name: string): boolean {
  const n = name.trim();
  // (A legal form of two words counts as one: "Alpine Ski House Malaysia Sdn. Bhd."; a registered name may be as long as
  // a public body's: "Clyde & Forth Build Services Ltd".)
  const bare = withoutLegalForm(n);
  const registered = bare !== n;
  const words = bare.split(/\s+/).length + (registered ? 1 : 0);
  return n.length >= 2 && (words <= MAX_NAME_WORDS || (words <= MAX_BODY_NAME_WORDS && (registered || endsAsOrganisation(n) || isOrganisation(n)))) && !NOT_A_NAME.test(n) && lookupHeading(n) === null && !isSiteWords(n) && !/^remote$/i.test(n);
}

// "Google hiring X", "Contoso sucht X"; "X at Reddit", "X bei Contoso GmbH" (the words: page-words.json).
// "Fabrikam is hiring a ...": the name without its verb.
const HIRING_BEFORE = new RegExp(String.raw`^(.+?)(?: (?:is|are))? (?:${HIRING_WORDS}) `);
const NAME_COLON_JOB = /^([^:]{2,60}): (.+)$/;
const AT_AFTER = new RegExp(String.raw`(?:^|\s)(?:${AT_WORDS}|@) (.+)$`, 'i');

/**
 * The pieces `[start, end)` of a page title that are the job's title: one piece, or a run when the job's title has a
 * dash of its own ("Careers - Registered Nurse - ICU Nights - St Aldric"). Null when the title does not hold it.
 */
function jobRun(pieces: readonly string[], jobTitle: string): { start: number; end: number } | null {
  const job = jobTitle.split(SEPARATOR).map(foldText);
  if (job.every((p) => p === '')) return null;
  // "Sales Manager - Building Materials job - Contoso LLC": the word "job" after the title is the board's.
  const piece = (i: number) => foldText(pieces[i]).replace(/ (?:job|jobs|vacancy)$/, '');
  for (let start = 0; start + job.length <= pieces.length; start++) {
    if (job.every((p, k) => piece(start + k) === p)) return pieces.length > job.length ? { start, end: start + job.length } : null;
  }
  return null;
}

// "X bij Proseware Zorggroep in Utrecht", "X at Contoso in Leeds": the employer, then the job's place.
const IN_PLACE = / (?:in|à|en|em|i) ([^,]{2,40}(?:, [^,]{2,40})?)$/;
function withoutPlace(name: string): string {
  const m = IN_PLACE.exec(name);
  return m && isPlaceLine(m[1]) ? name.slice(0, m.index) : name;
}

// "Contoso Careers", "Contoso Jobs and Careers", "City of Willow Bend Job Openings": the employer's name before its site's
// words.
const CAREERS_AFTER = /^(.+?) (?:careers|jobs|jobs (?:and|&) careers|careers (?:and|&) jobs|job openings|job opportunities|employment opportunities|vacancies)$/i;
/**
 * A careers site's banner line: capitalised words before "Careers" ("Valley Ridge Health Careers"), not a job's ("Head
 * of Careers"). The site's line; the line under the title or the body names the employer, as a site may name itself
 * short ("Senate Careers").
 */
export function isCareersBanner(line: string): boolean {
  const m = CAREERS_AFTER.exec(line);
  if (!m || !CAREERS_END.test(line)) return false;
  const words = m[1].split(' ');
  // (A name's few words: a menu run into one line ends in "Careers" too, "Contoso Electric Residential Commercial Solar
  // & EV Chargers About Careers".)
  return words.length <= MAX_BANNER_WORDS && CAPITAL_WORD.test(words[words.length - 1]) && words.every((w) => CAPITAL_WORD.test(w) || NAME_JOINER.test(w));
}
const MAX_BANNER_WORDS = 5;
const CAREERS_END = / careers$/i;
const CAPITAL_WORD = /^[\p{Lu}\d]/u;
const NAME_JOINER = /^(?:&|of|and|the)$/;
// "Careers at Contoso", "Karriere bei Contoso GmbH", "Carrières chez Contoso": the employer's careers site.
const CAREERS_AT = /^(?:careers|jobs|karriere|stellenangebote|carri[eè]res|emplois|empleos?|vacatures|werken) (?:at|with|bei|chez|en|bij) (.+)$/i;
// A site's name and the software after it: "Contoso GmbH - Personio".
const SOFTWARE_AFTER_NAME = /^(.+?) [-–|] \S+$/;

/** A state's code after the town that ends the piece before it: "Analista em Campinas - SP", "Nurse - Boise - ID". */
function regionCodeAfterPlace(pieces: readonly string[], i: number): boolean {
  if (i === 0 || !/^[A-Z]{2}$/.test(pieces[i])) return false;
  const words = pieces[i - 1].split(' ');
  for (let n = 1; n <= Math.min(3, words.length); n++) if (isPlaceLine(words.slice(-n).join(' '))) return true;
  return false;
}

/**
 * Whether the text's place line opens with `piece` ("Fremantle" of a page title, "Fremantle, WA 6160" in the text): a
 * town that needs its state to be read as one is a place all the same.
 */
function placeInText(text: string, piece: string): boolean {
  const at = text.indexOf(`${piece}, `);
  if (at === -1 || (at > 0 && text[at - 1] !== '\n')) return false;
  const line = text.slice(at, at + MAX_PLACE_LINE + 1);
  const end = line.indexOf('\n');
  if (end === -1 && at + line.length < text.length) return false;
  return isPlaceLine(end === -1 ? line : line.slice(0, end));
}

function fromTitles(text: string, meta: PageMeta, jobTitle: string, votes: Vote[]): void {
  for (const title of meta.titles) {
    const hiring = HIRING_BEFORE.exec(title);
    if (hiring) votes.push({ name: hiring[1], weight: 3, reason: 'company/page-title-hiring' });
    const atSign = / @ ([^|–—·•]+?)(?: [|\-–—·•] |$)/.exec(title);
    if (atSign) votes.push({ name: atSign[1], weight: 3, reason: 'company/page-title-at' });
    const pieces = title.split(SEPARATOR).map((p) => p.trim());
    const job = jobRun(pieces, jobTitle);
    const outside = (i: number) => job !== null && (i < job.start || i >= job.end) && !isSiteWords(pieces[i]);
    const others = pieces.filter((_, i) => outside(i)).length;
    for (const [i, piece] of pieces.entries()) {
      // "OrbitPay: Senior Ruby on Rails Developer": the employer before a colon, the job after it.
      const colon = NAME_COLON_JOB.exec(piece);
      if (colon && jobTitle && foldText(colon[2]) === foldText(jobTitle)) votes.push({ name: colon[1], weight: 2, reason: 'company/page-title-part' });
      const at = AT_AFTER.exec(piece);
      if (at) votes.push({ name: withoutPlace(at[1]), weight: 3, reason: 'company/page-title-at' });
      const careers = CAREERS_AFTER.exec(piece) ?? CAREERS_AT.exec(piece);
      if (careers && !isBoardName(piece, meta)) votes.push({ name: careers[1], weight: 2, reason: 'company/page-title-careers' });
      // "Kestrel Analytics - Careers", "Jobs | Contoso": the piece beside the site's own word (not a careers site's name
      // read above, "Vacancy | Contoso Careers", nor a board's, "Vacancy | NHS Scotland Jobs").
      const beside = !careers && pieces.length === 2 && isSiteWords(pieces[i ^ 1]) && !isSiteWords(piece);
      if (beside) votes.push({ name: piece, weight: 2, reason: 'company/page-title-careers' });
      // "Analytics Engineer – Vercel", "Anthropic - Prompt Engineering Manager": the part that is not the job.
      // Weighs more when it is the only one besides the site's own word: "Job – Company", "Careers - Job - Company".
      // A registered name ("Proseware Technologies Pvt Ltd") is an employer whatever else the title holds; a place
      // ("Bengaluru", "Dubai, United Arab Emirates") is none, nor the job's terms ("... - Full Time | OnlineJobs.ph"), nor a
      // board's name ("USAJOBS - Job Announcement - ...").
      if (outside(i) && !at && !careers && !isPlaceLine(piece) && !isTermsList(piece) && !regionCodeAfterPlace(pieces, i) && !BOARD_NAME().test(piece) && !placeInText(text, piece)) {
        votes.push({ name: piece, weight: others === 1 || LEGAL_NAME.test(piece) ? 2 : 1, reason: 'company/page-title-part' });
      }
    }
  }
  // The board's own markup names it: as strong as a page title's "X at Company".
  if (meta.employerName) votes.push({ name: meta.employerName.replace(RATING_AFTER_NAME, ''), weight: 3, reason: 'company/marked-in-markup' });
  // A logo names the employer on its own careers page, a board on its own. It counts where the body names it too, if
  // only by its first word ("Litware builds ..." under "Litware GmbH"): a board leaves its name to its header and
  // footer. A page title's piece confirms it. (A first word that is a common one, "We" of "We Work Remotely", is in any
  // text: the whole name is looked for.)
  for (const logo of meta.logos) {
    const first = logo.split(' ')[0];
    if (uses(text, STOP_ALIASES.has(first.toLowerCase()) ? logo : first) === 0) continue;
    votes.push({ name: logo, weight: meta.logos.length === 1 ? 2 : 1, reason: 'company/logo' });
    if (meta.titles.some((t) => t.split(SEPARATOR).some((piece) => foldText(piece) === foldText(logo)))) votes.push({ name: logo, weight: 2, reason: 'company/page-title-logo' });
  }
  if (meta.siteName && !isBoardName(meta.siteName, meta)) {
    // (A registered name before its careers software's: "Alpenlicht Software GmbH - Personio".)
    const site = CAREERS_AT.exec(meta.siteName) ?? /^(.+?) careers$/i.exec(meta.siteName);
    const software = SOFTWARE_AFTER_NAME.exec(meta.siteName);
    const name = site ? site[1] : software && LEGAL_NAME.test(software[1]) ? software[1] : meta.siteName;
    votes.push({ name, weight: 2, reason: 'company/site-name' });
  }
}

// A board's name as its site names itself ("NHS Jobs", "USAJOBS", "StateJobsNY", "JobsDB"): no employer, where a
// company's careers site calls itself "Contoso Careers" or "contoso.jobs".
const BOARD_NAME = lazy(() => /(?:^|\s)(?:Jobs|JOBS)$|^\p{Lu}{2,}JOBS$|\p{Ll}Jobs(?:\p{Lu}|$)|^Jobs\p{Lu}/u);
const isBoardName = (name: string, meta: PageMeta): boolean => meta.siteName !== null && BOARD_NAME().test(meta.siteName) && foldText(name) === foldText(meta.siteName);

// Lines and sentences that name the employer: "About Vercel", "Other jobs at Mintlify", "Posted today by
// NonStop Consulting Ltd" (the name on the next line, as a copy node by node gives it), "Yahoo is proud to be an equal
// opportunity employer". Bounded repeats only.
const ABOUT_LINE = /^(?:about|life at|working at|why join|other jobs at|more jobs at|jobs at|careers at|more jobs from) ([^\n]{2,40}?)[:.!?]?$/gim;
// (Past the board's word for whoever posted it, the name on the next line: "Posted on March 4 by employer" / "Contoso Inc.")
// (Scraped text may glue the pay to the name: "Posted 2 days ago by Ashdene Care Homes£11.44 - £12.50 per hour".)
const POSTED_BY = /^posted\b[^\n]{0,30}? by(?: (?:the )?(?:employer|recruiter|company|hiring manager))?[ \n](?!(?:the )?(?:employer|recruiter|company|hiring manager)$)([^\n£$€]{2,50}?)(?=$|[£$€]\d)/gim;
const POSTED_LINE = new RegExp(POSTED_BY.source, 'i');
const POSTER_NOTE = / [·|•] /;
/** A name without the board's badge after it ("Trey Recruitment Ltd Featured", "Contoso Promoted"): an interface word. */
function withoutBadge(name: string): string {
  const space = name.lastIndexOf(' ');
  return space > 0 && isInterfaceLine(name.slice(space + 1)) ? name.slice(0, space) : name;
}
// "Equal Opportunity Employer" is as often capitalised.
// A board's disclaimer of the adverts it carries: "Please mention JobServe when applying", "Fabjobs is not responsible for
// the content of this advertisement". The name is the board's, however often its page names it.
const BOARD_DISCLAIMER = /\b(?:[Pp]lease mention ([A-Z][\w.-]{1,30}(?: [A-Z][\w.-]{1,30}){0,2}) when applying|([A-Z][\w.-]{1,30}(?: [A-Z][\w.-]{1,30}){0,2}) (?:is|are) not responsible for (?:the )?(?:content|accuracy))\b/g;
// Its words, looked for once before the names are read; most pages have none.
const DISCLAIMER_SIGN = / when applying| not responsible for/;
const NO_BOARDS: ReadonlySet<string> = new Set();
// (A public body's name holds its small words: "The City of Springfield is an Equal Opportunity Employer".)
const EQUAL_OPPORTUNITY = /(?:^|\. |(?<=[a-z] ))(?:The )?([A-Z][^\s.,;:]*(?:(?: (?:of|and|for|the))? [A-Z&][^\s.,;:]*){0,4}) is (?:proud to be |committed to being )?an [Ee]qual (?:[Oo]pportunity|[Ee]mployment)/gm;

// How a description introduces its employer: "Acme is a leading provider of", "Acme® is the world's largest
// bank", "At Acme, we", "As a Data Engineer at Acme, you will", "Join the Acme team", "Acme is looking for", "We are
// Acme.", "Acme builds ...". A name is a few capitalised words at the
// start of a sentence; the window to the noun is bounded. One sign each: the name must recur to count.
// A name opens with a capital, or with digits and a capital ("3M"), or a small letter and a capital ("eBay", "iRobot").
// A registered name's bracketed word is one of its words: "Northwind Traders (Pty) Ltd", "Contoso (Pvt) Ltd".
// An ampersand joins two of its words ("At Wingtip & Co, we"). A saint's or a mount's name opens with its short form:
// "St. Brendan's Medical Center is a 412-bed teaching hospital".
// (A word is read whole: the engine does not try the name's ends inside a word, each a pass over the legal forms.)
const NAME_WORDS = String.raw`(?:(?:St|Mt|Ft)\. )?(?:\p{Lu}|\d{1,3}\p{Lu}|\p{Ll}\p{Lu})[\p{L}\d&'-]{0,40}(?![\p{L}\d&'-])(?: (?:& )?(?:\p{Lu}[\p{L}\d&'-]{0,40}(?![\p{L}\d&'-])|${LEGAL_BRACKET})){0,3}`;
// A legal form after the words is the name's, after a comma or with its full stop ("Alpine Ski House Pte Ltd", "Adatum
// Health, Inc. is ...", "Woodgrove Solutions Pvt. Ltd."; tried first).
const NAME = String.raw`(${NAME_WORDS},? ${LEGAL_FORM}(?![\p{L}\d])|${NAME_WORDS})[®™]?`;
// "X is seeking": the introduction that may name this job right after it (see fromText).
// The verbs of an employer hiring: "X is seeking", "X are recruiting".
// (A post's hashtag too: "Contoso Robotics is #hiring".)
const HIRING_VERB = String.raw`#?(?:looking for|seeking|hiring|recruiting)`;
// (Its street may stand between: "Salt Flat Kitchen on South Congress is hiring"; not a town, "Private Hospital in
// Central London is looking for", an agency's way of describing its client.)
const SEEKING = lazy(() => new RegExp(String.raw`(?:^|[.!?] )${NAME}(?: on \p{Lu}[^,.!?\n]{1,40}?)? is ${HIRING_VERB}\b`, 'gmu'));
// A post's announcement that names its employer and no job, a line of its own: "Litware Studios is hiring! 🎮", "Contoso
// Robotics is now #hiring". Bounded: linear.
// (A post's emoji may open it: "🚀 Contoso Robotics is now #hiring 🚀".)
// (Or its name, a dash and the announcement: "Crestline Medical Supply – Now Hiring!", "Contoso Dental - We're hiring".)
const HIRING_BANNER = lazy(() => new RegExp(String.raw`^${NAME} (?:(?:is|are) (?:now |currently |urgently |actively )?|[-–—:] (?:(?:[Nn]ow|NOW|[Ww]e(?:['’]re| are)) )?)(?:${HIRING_VERB}|Hiring|HIRING|Recruiting)[\s!.\p{Extended_Pictographic}\uFE0F]{0,8}$`, 'u'));
// "As Store Manager at Proseware Home Stores you run ...": the introduction that may name this job right before it.
const AT_YOU = lazy(() => new RegExp(String.raw`\bat ${NAME},? you\b`, 'gmu'));
const INTRODUCES = lazy(() => [
  // (A page taken node by node puts a name set in bold on a line of its own: "BlackBerry®" / "is a transformed company".)
  new RegExp(String.raw`(?:^|[.!?] )${NAME}[ \n]is (?:a|an|the|one of the) [^.\n]{0,80}?\b(?:company|companies|leader|provider|service|platform|business|organi[sz]ation|firm|agency|employer|group|start-?up|brand|bank|retailer|manufacturer|consultancy|network|charity|institution|university|hospital|carrier|contractor|practice|clinic|restaurant|bakery|caf[eé]|shop|store|studio|dealership|distributor|supplier|farm|hotel|resort|salon|chain|nonprofit|non-profit|laboratory|facility)\b`, 'gmu'),
  SEEKING(),
  new RegExp(String.raw`(?:^|[.!?] )At ${NAME},? we\b`, 'gmu'),
  AT_YOU(),
  // "We are Vericast.", "We're Contoso Labs, a seed-stage team", "FloQast builds accounting software", "WalkMe pioneered
  // the Digital Adoption Platform", "Tailspin Solar installs solar systems".
  new RegExp(String.raw`\bWe(?: are|'re) ${NAME}(?:[.!]|, (?:a|an|the)\b)`, 'gmu'),
  new RegExp(String.raw`(?:^|[.!?] )${NAME} (?:builds|provides|helps|offers|makes|creates|develops|delivers|pioneered|powers|empowers|designs|installs|runs|operates|manufactures|serves|sells|produces|distributes|employs)\b`, 'gmu'),
  new RegExp(String.raw`\b[Jj]oin (?:the )?${NAME} team\b`, 'gmu'),
  // "Y Combinator is best known for its accelerator", "Contoso is headquartered in Austin", and a US fair-chance
  // statement, as an equal-opportunity one names the employer: "Contoso considers qualified applicants with criminal
  // histories".
  new RegExp(String.raw`(?:^|[.!?] )${NAME} (?:is (?:best |well |widely )?known (?:for|as)|is headquartered in|considers (?:all )?qualified applicants)\b`, 'gmu'),
  // An agency's opening of its advert: "Liffey Talent Partners are delighted to be working with a leading ...", "Contoso
  // Recruitment is pleased to offer ...".
  new RegExp(String.raw`(?:^|[.!?] )${NAME} (?:is|are) (?:delighted|pleased|excited|proud) to (?:be )?(?:working|partnering|recruiting|assisting|offer|announce|present)\b`, 'gmu'),
]);
// The employer's name in brackets after the word for it, as posts name it: "I run a small candle company (Green Mountain
// Wick Co.) out of Burlington", "Small property management company (Westside Rentals LLC, 38 units in Beaverton)", "Our
// team (Keller & Vance Realty Group, we're in Murfreesboro TN) is looking for", "a small content agency (we're Brightwire
// Content, 7 people)". A registered name, or the poster's own business ("our", "my", "I run a", "we're a", "(we're"): "a
// small law firm (QuickBooks Online, trust accounting)" names its tools.
const BRACKETED_NAME = lazy(
  () => new RegExp(String.raw`\b(?:company|business|firm|shop|practice|agency|studio|clinic|restaurant|store|start-?up|non-?profit|organi[sz]ation|team) \((?:[Ww]e(?:['’]re| are) )?${NAME}(?=\.?[,)])`, 'gu'),
);
// A post's owner introducing the business: "I run Hollow Pine Media, which produces ...", "I own Happy Trails Pet Care,
// a small dog walking business", "We run Tinker & Torque, a woodworking channel". (A name of two words or more: "I run
// Sales, a team of six" is a department.)
const OWNER_INTRODUCES = lazy(() => new RegExp(String.raw`\b(?:I|[Ww]e) (?:run|own|co-own|founded|started) ${NAME}(?=, (?:a|an|which|that)\b| [-–—] )`, 'gu'));
const OWN_BUSINESS_BEFORE = /\b(?:[Oo]ur|[Mm]y|run an?|[Ww]e(?:['’]re| are) an?)\s(?:[\w-]+\s){0,3}$/;
const OWNER_REACH = 40;
const WE_ARE_OPENS = /\([Ww]e(?:['’]re| are) /;
// Sentence openers a capitalised-word rule would otherwise take for a name, or for its verb ("this", "its"; "All offers
// are subject to references").
const OPENER_WORDS = 'this|that|the|our|we|you|it|he|she|they|there|here|each|every|everyone|everybody|someone|somebody|which|what|who|your|my|his|her|its|their|all|any|some|many|most|both|these|those';
// A name of two to four capitalised words (an ampersand may join two: "Pinewood Home & Hardware"), then a verb in the
// third person, opening a sentence; or "is a" ("Harbour Veterinary Practice is a six-vet clinic", whatever noun the
// sentence ends on; not "is working with", an agency's).
const OPENING_NAME = lazy(() => new RegExp(String.raw`^(\p{Lu}[\p{L}\d&'-]{0,40}(?: (?:& )?\p{Lu}[\p{L}\d&'-]{0,40}){1,3})[®™]? (?:is (?:a|an)\b|(?!(?:${OPENER_WORDS})\b)\p{Ll}{2,30}s\b)`, 'u'));
// The same name introduced by "is the", or a name with its article ("The Anchor Tavern is a family-run
// pub", "Summit Ridge Health is the health authority"), or one described between commas ("Marina Pearl Hotel, a
// five-star hotel on the Corniche, is looking for"): no job's title ("The Marketing Coordinator is a ...", see fromText).
const OPENING_NAME_DESCRIBED = lazy(() => new RegExp(String.raw`^((?:The )?\p{Lu}[\p{L}\d&'-]{0,40}(?: (?:& )?\p{Lu}[\p{L}\d&'-]{0,40}){1,3})(?: is (?:a|an|the)\b|, (?:a|an|the) [^,.\n]{2,80}, (?:is|are|has)\b)`, 'u'));
const THE = /^The /;
// A registered name opening the body's first sentence, after an article: "The Contoso Group Ltd operates ...", "Die
// Alpenblick Software GmbH entwickelt ...", "La société Fabrikam SAS conçoit ...".
const OPENING_REGISTERED = lazy(() => new RegExp(String.raw`^(?:(?:The|Die|Der|Das|La|Le|El|Het|De)(?: soci[ée]t[ée])? )?(${NAME_WORDS},? ${LEGAL_FORM})(?![\p{L}\d]) \p{Ll}`, 'u'));
const NOT_AN_EMPLOYER = new RegExp(String.raw`^(?:${OPENER_WORDS})\b`, 'i');
// A title run into the sentence after it ("Graduate Software Tester This is a ..."): the opener ends the words.
const OPENER_LAST = new RegExp(String.raw`\s(?:${OPENER_WORDS})$`, 'i');

// A line that is a registered name: capitalised words and a legal form ("Fabrikam (Pvt) Ltd", "Contoso GmbH",
// "Northwind Traders, Inc.", "Contoso Ibérica SL", "Fabrikam Sp. z o.o."). Boards print the employer so in the posting's header, near its title.
export const LEGAL_NAME = new RegExp(String.raw`^(\p{Lu}[\p{L}\d&'.-]{0,40}(?: [\p{Lu}\d(&][\p{L}\d&'.()-]{0,40}){0,5},? ${LEGAL_FORM})$`, 'u');
// A registered name that a row's value runs on from, into a sentence: "Brightline Electric LLC Must have ...".
const LEGAL_NAME_RUN_ON = lazy(() => new RegExp(`${LEGAL_NAME.source.slice(0, -1)}(?= \\p{Lu}\\p{Ll}+ \\p{Ll})`, 'u'));

/** The registered name a value opens with when the value runs on past it into a sentence, or null. */
export const legalNameRunOn = (value: string): string | null => LEGAL_NAME_RUN_ON().exec(value)?.[1] ?? null;

// Where a page glued a capitalised word onto a legal form's full stop ("o.o.O firmie"; not "Treatment CoOrdinator"), not
// an initial of the form itself ("S.A.S.").
const GLUED_AFTER = /(?<=\.)(?=\p{Lu}(?!\.))/gu;
// A word's first letter, after a space or a bracket.
const WORD_START = /(^|[\s(])(\p{L})/gu;

/**
 * The registered name a line is ("Contoso Pharma (Pvt) Ltd"), also in a converter's capitals ("CONTOSO PHARMA (PVT)
 * LTD", read as if title-cased), as the line writes it; else null.
 */
export function legalName(line: string): string | null {
  const m = LEGAL_NAME.exec(line);
  if (m) return m[1];
  // A registered name a page glued to the link after it: "Northwind Polska Sp. z o.o.O firmie" ("About the company").
  for (const g of line.matchAll(GLUED_AFTER)) {
    const head = LEGAL_NAME.exec(line.slice(0, g.index));
    if (head) return head[1];
  }
  // (In capitals only: "Wingtip Hospitality Denver, CO" names no company "Co".)
  if (line !== line.toUpperCase()) return null;
  const cased = line.toLowerCase().replace(WORD_START, (_, before: string, c: string) => before + c.toUpperCase());
  return cased.length === line.length && cased !== line && LEGAL_NAME.test(cased) ? line : null;
}
// How many lines either side of the title make the posting's header.
const HEADER_LINES = 8;

/** The first words of employers' names in every language of employer-words.json, folded. */
const ORGANISATION_HEADS: ReadonlySet<string> = new Set(Object.values(employerWords.heads as Record<string, string[]>).flat().map(wordKey));
const MAX_ORGANISATION_LENGTH = 80;
/** The last words of public bodies' and trusts' names (employer-words.json `tails`), folded. */
const ORGANISATION_TAILS: ReadonlySet<string> = new Set(Object.values(employerWords.tails as Record<string, string[]>).flat().map(wordKey));
/** A public body's or a trust's name runs longer than a company's: "Wharfedale and Craven NHS Foundation Trust", "Department of Health and Human Services". */
const MAX_BODY_NAME_WORDS = 8;
// (Capitalised, as a name's words are: "the running of the agency" is a sentence.)
const endsAsOrganisation = (name: string): boolean => {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return CAPITAL_START.test(last) && ORGANISATION_TAILS.has(wordKey(last));
};

/**
 * A line that names a public body, a university, a hospital or a foundation: "Ministry of Justice", "Stadt Zürich",
 * "وزارة العدل"; its town may follow after a comma ("Slieve Bloom Community Hospital, Tullamore").
 */
export function isOrganisation(line: string): boolean {
  if (line.length > MAX_ORGANISATION_LENGTH || /[:.!?]$|:/.test(line)) return false;
  // (A job's title with its site after a dash is none: "Operations Supervisor - Distribution Center".)
  const head = line.split(TITLE_QUALIFIER)[0];
  if (head !== line && ROLE_NOUN_END.test(head.trim()) && !namesOrganisation(head.trim())) return false;
  return namesOrganisation(organisationName(line));
}

/** The organisation's name without its town after a comma ("Slieve Bloom Community Hospital" of "..., Tullamore"). */
export function organisationName(line: string): string {
  const comma = line.lastIndexOf(', ');
  if (comma <= 0) return line;
  const town = line.slice(comma + 2);
  return namesOrganisation(line.slice(0, comma)) && (isPlaceLine(town) || isKnownTown(town)) ? line.slice(0, comma) : line;
}

function namesOrganisation(line: string): boolean {
  const space = line.indexOf(' ');
  // (Or ends as one: "Pine Hollow School District", "Beacon Hill Hospice", "Wexford County Council".) A state's name or
  // code may come before the head: "Texas Department of Transportation", "NYS Division of Watershed Protection".
  const [first, second, third] = line.split(' ', 3);
  return (
    space > 0 &&
    (ORGANISATION_HEADS.has(wordKey(first)) ||
      (/^(?:of|for)$/i.test(third ?? '') && ORGANISATION_HEADS.has(wordKey(second)) && (SHORT_INITIALS.test(first) || isPlaceLine(first))) ||
      endsAsOrganisation(line) ||
      headOfBody(line) ||
      unlistedCounty(line))
  );
}

// A government's head word and "of" a few capitalised words in: "Cascadia Coast Council of Governments", "City of
// Liberty", "County of Sonoma", "Town of Hays" (not a job's "Professor, Department of Medicine").
const HEAD_OF = /^((?:\p{Lu}[\p{L}&'-]*\s){0,3}?)(\p{Lu}\p{L}+)\s(?:of|for)\s\p{Lu}/u;
/** The words a government is named by before "of" its place: "City of Liberty", "STATE OF KANSAS", "Province of Ontario". */
export const JURISDICTION_WORDS: readonly string[] = ['state', 'county', 'city', 'commonwealth', 'province', 'government', 'town', 'village', 'township', 'borough', 'parish'];
const GOVERNMENT_HEADS: ReadonlySet<string> = new Set(JURISDICTION_WORDS);
function headOfBody(line: string): boolean {
  const m = HEAD_OF.exec(line);
  if (!m) return false;
  const head = wordKey(m[2]);
  return (ORGANISATION_HEADS.has(head) || GOVERNMENT_HEADS.has(head)) && !ROLE_NOUN_END.test(m[1].trim());
}

// A county's government as its site's heading prints it, in capitals: "SANDHILL RIDGE COUNTY" ("Orange County" in a
// sentence's case may be the place).
const COUNTY_END = /^\p{Lu}[\p{Lu}'-]*(?: \p{Lu}[\p{Lu}'-]*){0,3} (?:COUNTY|PARISH)$/u;
const unlistedCounty = (line: string): boolean => COUNTY_END.test(line) && !isPlaceLine(line);

// What follows the title on its own line after a separator: "Clerk / Ministry of Justice", "Analyst – Contoso GmbH".
const TITLE_LINE_REST = /^ ?[/|\-–—·] ?([^\n]{2,80})$/;

/** The rest of the title's line, when it is an employer's name by its shape. */
function restOfTitleLine(text: string, title: { start: number; end: number }, votes: Vote[]): void {
  const lineEnd = text.indexOf('\n', title.end);
  const rest = TITLE_LINE_REST.exec(text.slice(title.end, lineEnd === -1 ? text.length : lineEnd).trimEnd());
  if (rest && (isOrganisation(rest[1]) || LEGAL_NAME.test(rest[1]))) votes.push({ name: rest[1], weight: 3, reason: 'company/title-line-rest' });
}

// A public body and its division, as government boards print them under the title: "Statistics Canada - Social Data
// Insights Division", "Department for Transport - Roads Directorate". The body is the employer.
const BODY_AND_DIVISION = /^(\p{Lu}[\p{L}&'.-]{0,40}(?: (?:\p{Lu}[\p{L}&'.-]{0,40}|of|for|and|the)){1,6}) [-–—] [^\n]{2,60}\b(?:Division|Branch|Directorate|Bureau|Sector)$/u;

// A board's rating of the employer after its name: "4.2 ★", "Northwind Logística S.A.S. 4,1". (A rating with its star
// may be glued on: "Humongous Insurance3.9 ★".) Or its rating and count of reviews, in the board's language: "Brasserie
// Fabrikam 4,2 57 avis", "Turiaweb Soluciones 4,0 ★ (22 valoraciones)"; the star first, "Vyomtech Software Pvt. Ltd. ★ 3.9 |
// 212 Reviews", "St. Enda's Hospital 3.9 ★ 61 reviews"; a scraper's glued figure, "Lakeview Foods3.7"; the count in brackets, "Kaveri Ledger Technologies 3.8 (612 Reviews)".
const RATING = String.raw`(?: |(?<=[a-z]))[0-5][.,]\d$| [0-5][.,]\d \(\d[\d,.]{0,8}[kK]? [Rr](?:eviews?|atings?)\)$| [0-5][.,]\d ?★ \d[\d,.]{0,8}[kK]? (?:reviews?|ratings?)$| ?[0-5](?:[.,]\d)? ?★(?: \(\d[\d,.]{0,8}[kK]? [A-Za-z\u00C0-\u024F]{3,20}\))?$| ★ ?[0-5](?:[.,]\d)?(?: ?[|·] ?\d[\d,.]{0,8}[kK]? [Rr](?:eviews?|atings?))?$| [0-5][.,]\d \d[\d,.]{0,8}[kK]? (?:reviews?|avis|Bewertungen|reseñas|opiniones|recensioni|avaliações|beoordelingen|opinii)$`;
export const RATING_AFTER_NAME = new RegExp(RATING);
// A board's note after the employer's name: "(W22)", its count of reviews ("26 reviews") or its rating.
export const NOTE_AFTER_NAME = new RegExp(String.raw` (?:\([^()]{1,30}\)|\d[\d,.]{0,8}[kK]? reviews?)$|${RATING}`);

function legalNameNearTitle(text: string, title: { start: number; end: number }, votes: Vote[]): void {
  let from = title.start;
  for (let n = 0; n < HEADER_LINES && from > 0; n++) from = text.lastIndexOf('\n', from - 2) + 1;
  let to = title.end;
  for (let n = 0; n < HEADER_LINES && to !== -1 && to < text.length; n++) to = text.indexOf('\n', to + 1);
  for (const line of text.slice(from, to === -1 ? text.length : to).split('\n')) {
    // (Without the board's rating after the name: "St. Enda's Hospital 3.9 ★ 61 reviews".)
    const name = line.trim().replace(RATING_AFTER_NAME, '');
    const legal = legalName(name);
    if (legal) votes.push({ name: legal, weight: 2, reason: 'company/legal-name-by-title' });
    // (Its town or state after a comma aside: "SANDUSKY COUNTY, OHIO".)
    else if (isOrganisation(name)) votes.push({ name: organisationName(name), weight: 2, reason: 'company/organisation-by-title' });
    else {
      const body = BODY_AND_DIVISION.exec(name);
      if (body) votes.push({ name: body[1], weight: 2, reason: 'company/organisation-by-title' });
    }
  }
}

// How far after "X is seeking" the job's title may stand: "is seeking a Senior Financial Analyst", "is hiring an experienced".
const SEEKING_REACH = 40;

// The body's first sentence: on the first line after the title of a few words that ends as a sentence does, among
// the next OPENING_LINES (a board's details rows, "Full-time", "$24 - $28 an hour", stand between).
const OPENING_LINES = 30;
const OPENING_WORDS = 6;
/** The legal forms written with a full stop that ends no sentence: "Adatum Health, Inc. is a leading provider ...". */
export const STOPPED_FORMS = 'Inc|Ltd|Co|Corp|Bros|Pty|Pvt|Pte|Ltda';
// (Nor does a saint's or a mount's short form: "St. Brendan's Medical Center is ...".)
const SENTENCE_END = new RegExp(String.raw`(?<!\b(?:${STOPPED_FORMS}|St|Mt|Ft))[.!?](?:\s|$)`);

// A line of prose broken off mid-sentence ("The modern and well equipped"): its last three words are lower-case, and
// the next line goes on with it.
const LOWER_WORD = /^\p{Ll}+,?$/u;
const unfinished = (line: string) => {
  const last = line.split(/\s+/).slice(-3);
  return last.length === 3 && last.every((w) => LOWER_WORD.test(w));
};

/** Where the body's first sentence starts and ends, after the title's end; null when none is near. */
function openingSentence(text: string, titleEnd: number): { start: number; end: number } | null {
  let start = text.indexOf('\n', titleEnd) + 1;
  let previous = '';
  let previousStart = start;
  for (let n = 0; n < OPENING_LINES && start > 0; n++) {
    const nl = text.indexOf('\n', start);
    const line = text.slice(start, nl === -1 ? text.length : nl).trimEnd();
    if (ENDS_AS_SENTENCE.test(line) && line.split(/\s+/).length >= OPENING_WORDS) {
      // (A line that ends with a legal form's full stop is one sentence to its end.) A line that goes on from one
      // broken off mid-sentence ("... we've signed up over" / "4,000 pubs ...") ends the sentence that line opens.
      const end = start + (SENTENCE_END.exec(line)?.index ?? line.length - 1) + 1;
      return { start: unfinished(previous) ? previousStart : start, end };
    }
    previous = line;
    previousStart = start;
    start = nl + 1;
  }
  return null;
}

function fromText(text: string, titleEnd: number, votes: Vote[], jobTitle = ''): void {
  const titleKey = jobTitle.length >= 4 ? foldText(jobTitle) : '';
  // The body's first sentence introduces its employer ("Adatum Architecture is a 40-person design firm ...", under a
  // pasted page's title and details): one sign enough, as the name the posting's header leaves out.
  const opening = jobTitle ? openingSentence(text, titleEnd) : null;
  for (const re of INTRODUCES()) {
    for (const m of text.matchAll(re)) {
      // (Nor a place the sentence is about: "Spokane offers four seasons, short commutes ...".)
      if (NOT_AN_EMPLOYER.test(m[1]) || isPlaceLine(m[1])) continue;
      // "Summit Ridge Insurance is seeking a Senior Financial Analyst", "As a Store Manager at Proseware you ...": the
      // employer names this job, one sign enough.
      const end = m.index + m[0].length;
      const namesJob =
        titleKey !== '' &&
        ((re === SEEKING() && foldText(text.slice(end, end + titleKey.length + SEEKING_REACH)).includes(titleKey)) ||
          (re === AT_YOU() && foldText(text.slice(Math.max(0, m.index - titleKey.length - SEEKING_REACH), m.index)).includes(titleKey)));
      // (Or the name on the line over it, as a page taken node by node prints it; not one on a line the sentence goes on
      // to: "The modern and well equipped" / "Nursing Home provides ...".)
      const opens =
        opening !== null &&
        end <= opening.end &&
        (m.index >= opening.start - 1 ? !text.slice(opening.start, m.index).includes('\n') : !text.slice(m.index, opening.start - 1).includes('\n'));
      votes.push({ name: m[1], weight: namesJob || opens ? 2 : 1, reason: 'company/introduced' });
    }
  }
  // A name of two words or more that opens the body's first sentence with any verb ("Litware Precision Parts machines
  // aluminum housings ...", "Litware Payments processes card payments ..."): the verbs above are only the commonest.
  const sentence = opening ? text.slice(opening.start, opening.end) : '';
  // (Not a heading run into its sentence: "Benefits Where UK law applies ...".)
  const employer = (name: string) => !NOT_AN_EMPLOYER.test(name) && !OPENER_LAST.test(name) && lookupHeading(name.split(' ')[0]) === null;
  const plain = opening ? OPENING_NAME().exec(sentence)?.[1] : undefined;
  const described = opening ? OPENING_NAME_DESCRIBED().exec(sentence)?.[1] : undefined;
  // (Or a registered name after its article, in any language: "Die Alpenblick Software GmbH entwickelt ...".)
  const registered = opening && !plain && !described ? OPENING_REGISTERED().exec(sentence)?.[1] : undefined;
  const opener = plain && employer(plain) ? plain : described && employer(described.replace(THE, '')) && !ROLE_NOUN_END.test(described) ? described : (registered ?? null);
  if (opener) votes.push({ name: opener, weight: 2, reason: 'company/introduced' });
  for (const m of text.matchAll(BRACKETED_NAME())) {
    const registered = withoutLegalForm(m[1]) !== m[1];
    const own = WE_ARE_OPENS.test(m[0]) || OWN_BUSINESS_BEFORE.test(text.slice(Math.max(0, m.index - OWNER_REACH), m.index));
    if (/ \S/.test(m[1]) && (registered || own)) votes.push({ name: m[1], weight: 2, reason: 'company/bracketed-name' });
  }
  for (const m of text.matchAll(OWNER_INTRODUCES())) if (/ \S/.test(m[1])) votes.push({ name: m[1], weight: 2, reason: 'company/introduced' });
  for (const m of text.matchAll(ABOUT_LINE)) {
    if (!/^(?:us|you|the\b|our\b|this\b|company\b)/i.test(m[1])) votes.push({ name: m[1], weight: 2, reason: 'company/about-line' });
  }
  // (The board's note of what the poster is may follow a separator: "Posted by Contoso Recruitment · Recruitment Agency".)
  for (const m of text.matchAll(POSTED_BY)) votes.push({ name: withoutBadge(m[1].split(POSTER_NOTE)[0]), weight: 2, reason: 'company/posted-by' });
  for (const m of text.matchAll(EQUAL_OPPORTUNITY)) {
    // Run on from a list or a heading ("... connect Contoso is", "... Statement Contoso is"): the capitalised words may
    // open with the heading's, so the name is the longest of their ends the text names elsewhere too.
    const runOn = text[m.index - 1] === ' ';
    votes.push({ name: runOn ? recurringEnd(text, m[1]) : m[1], weight: 2, reason: 'company/equal-opportunity' });
  }
  // The short line under the title: job boards put the employer there (a blank line between, as pasted text has it).
  let next = text.indexOf('\n', titleEnd);
  if (next !== -1 && text[next + 1] === '\n') next++;
  if (next !== -1) {
    const lineEnd = text.indexOf('\n', next + 1);
    const line = text.slice(next + 1, lineEnd === -1 ? text.length : lineEnd).trim();
    // A place there ("Boise, Idaho") is the job's, however often the text repeats it. A name with its place after a
    // dash ("Tailspin Contracting LLC - Abu Dhabi, United Arab Emirates") is the board's employer line: a sign of weight.
    // The way of working before the place is none ("Onsite — Irvine, California", "Hybrid (3 days in office) – Denver, CO").
    const withPlace = NAME_THEN_PLACE.exec(line);
    if (withPlace && isPlaceLine(withPlace[2]) && !isPlaceLine(withPlace[1]) && !TEAM_NAME.test(withPlace[1]) && !TERMS_PART.test(withPlace[1])) votes.push({ name: withPlace[1], weight: 2, reason: 'company/line-under-title' });
    // (Nor the pay or the terms a board prints there: "$29.80 per hour", "Full TimeRemote"; nor its poster's line, read
    // above: "Posted by Trey Recruitment · Recruitment Agency".)
    // (Nor a details row's label, "Lokalizacja" over "Kraków".)
    else if (!isPlaceLine(line) && !isTermsList(line) && !isPayPart(line) && !POSTED_LINE.test(line) && labelField(line) === undefined) votes.push({ name: line.replace(RATING_AFTER_NAME, ''), weight: 1, reason: 'company/line-under-title' });
  }
}

// A team as an ATS prints it beside the place ("Medical Team - Boise, Idaho", "Finance Department"): not the employer.
export const TEAM_NAME = /\s(?:team|department|dept\.?)$/i;

// The employer speaking of itself.
const FIRST_PERSON = /\b(?:we|our|us)\b/i;
// A name, a dash and the rest of its line. Bounded: linear.
const NAME_THEN_PLACE = /^([^\n]{2,80}?) [-–—] ([^\n]{2,60})$/;
// The employer of a sentence that hires a job, before it ("Hi Sam, Alpine Ski House Pte Ltd is hiring a contract Legal
// Counsel", a post's line under its announcement) or, in a recruiter's message, after it ("... a Senior Java Developer on behalf of Fabrikam Group").
// (In other languages the verb follows the name, after a preposition some put before it: "En Contoso buscamos", "A
// Tailspin está contratando", "Northwind cherche". A post's emoji may open the sentence: "📣 Litware is hiring".)
// What the name is, said between commas before the verb: "Fabrikam & Co, a chartered accountancy firm in Kano, is hiring";
// or in brackets, as social posts say it: "Blue Bonnet Pediatric Therapy (we're a small clinic in Plano) is looking for".
// Bounded: linear.
const APPOSITIVE = String.raw`(?:, (?:an?|the) [^,.!?\n]{2,60},| \([^()\n]{2,80}\))?`;
const HIRES_JOB = lazy(() => new RegExp(
  String.raw`(?:^|[.!?,:] |[—–-] |\n|\p{Extended_Pictographic}\uFE0F? ?)(?:(?:En|A|Na|Chez) )?${NAME}${APPOSITIVE} (?:(?:is|are) ${HIRING_VERB}(?: for)?\b|(?:${HIRING_VERBS_ELSEWHERE})(?!\p{L}))[^.!?\n]{0,60}$`,
  'u',
));
// A recruiter's client, before the job ("... on behalf of Fourth Coffee Ltd regarding a ...", "partnering with Tailspin
// Fintech, a payments company, to hire a ...", a post's "My team at Adatum is looking for ...") or right after it ("a Compliance Manager at Woodgrove Bank", "to join Fabrikam", a post's "Head of Growth @ Wingtip",
// "a Senior Data Engineer role with Adatum Health", "to join my team at Adatum").
const CLIENT_BEFORE = lazy(() => new RegExp(String.raw`\b(?:on behalf of|with|team at) ${NAME}(?![\p{L}\d])[^.!?\n]{0,80}$`, 'u'));
const FOR_CLIENT = lazy(() => new RegExp(String.raw`^(?:,? (?:on behalf of|at|@|to join(?: (?:us|my team|our team|the team) at)?)| (?:role|position|opening|vacancy) (?:at|with)) ${NAME}`, 'u'));
const PRONOUN_END = /\s(?:We|You|They|I)$/;
// How far before the job its sentence's subject may stand.
const HIRER_REACH = 200;

/** The employer the sentence naming the job at `job` names, as a span of `text`; null where it names none. */
export function hiringSentenceEmployer(text: string, job: { start: number; end: number }): { start: number; end: number } | null {
  const from = Math.max(0, job.start - HIRER_REACH);
  // (Nor the capitals run into the sentence's own subject: "High Energy, Great Personality We are looking for".)
  const named = (m: RegExpExecArray | null): m is RegExpExecArray => m !== null && !NOT_AN_EMPLOYER.test(m[1]) && !PRONOUN_END.test(m[1]) && plausible(m[1]) && !isPlaceLine(m[1]);
  // (The name opens the match after a stop, or ends it.)
  const before = HIRES_JOB().exec(text.slice(from, job.start)) ?? CLIENT_BEFORE().exec(text.slice(from, job.start));
  if (named(before)) {
    const start = from + before.index + before[0].indexOf(before[1]);
    return { start, end: start + before[1].length };
  }
  // (A subject that names none leaves the name after the job: "We are hiring a Warehouse Supervisor at Northwind Freight".)
  const after = FOR_CLIENT().exec(text.slice(job.end, job.end + HIRER_REACH));
  if (!named(after)) return null;
  const start = job.end + after.index + after[0].lastIndexOf(after[1]);
  return { start, end: start + after[1].length };
}

// A recruiter's message names the employer as its client ("on behalf of our client, Ottawa Valley Plastics,", "we're
// partnering with Ledgerlight, a fintech", "retained by Meadowlark Foods"), or only its own agency ("I'm a technical
// recruiter with Vantage Crest Staffing", "This is Priya from Orbitek Consulting"). Bounded: linear.
const CLIENT_NAMED = lazy(() => new RegExp(String.raw`\b(?:on behalf of|partnering with|retained by)(?: (?:our|a) client,?)? ${NAME}(?![\p{L}\d])`, 'u'));
const AGENCY_NAMED = lazy(() => new RegExp(String.raw`\b(?:(?:recruiter|consultant|partner|sourcer) (?:with|at|from)|(?:[Tt]his is|[Mm]y name is|I am|I'm|I’m) \p{Lu}[\p{L}'-]{1,20} (?:from|with|at)) ${NAME}(?![\p{L}\d])`, 'u'));
/** How far into a message its sender introduces the client or the agency. */
const RECRUITER_REACH = 800;

/** The employer a recruiter's message names: its client, else its own agency; a span of `text`, or null. */
export function recruiterEmployer(text: string): { start: number; end: number } | null {
  const head = text.slice(0, RECRUITER_REACH);
  for (const m of [CLIENT_NAMED().exec(head), AGENCY_NAMED().exec(head)]) {
    if (!m || NOT_AN_EMPLOYER.test(m[1]) || !plausible(m[1]) || isPlaceLine(m[1])) continue;
    const start = m.index + m[0].lastIndexOf(m[1]);
    return { start, end: start + m[1].length };
  }
  return null;
}

// A letter's sender with their role at the employer: "I'm Theo Brandvold, Head of Talent at Quarrybrook Financial", and
// its signature, the role under the sender's name with the employer after a comma or on the line under it: "Best," /
// "Hannah Oyelaran" / "Medical Director, Willow Bend Animal Hospital", "Senior Consultant, Data & Analytics" / "Raffles
// Quay Talent Pte Ltd – Singapore | Kuala Lumpur" (there the part after the comma is a team).
const SENDER_ROLE_AT = lazy(() => new RegExp(String.raw`\bI(?:['’]m| am) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}, ([^,.\n]{2,50}?) at ${NAME}(?=[.,!]|$)`, 'gmu'));
const SIGNATURE_ROLE = lazy(
  () =>
    new RegExp(
      String.raw`^(?:Best|Thanks|Thank you|Regards|Kind regards|Best regards|Warm regards|Many thanks|Cheers|Sincerely)[,!.]?\n[^\n]{2,40}\n([^\n,]{2,60})(?:, ${NAME}\.?)?$(?:\n${NAME}(?=$| [(–—|-]|,))?`,
      'gmu',
    ),
);

/**
 * The employer a letter's sender names with their role (see SENDER_ROLE_AT, SIGNATURE_ROLE); a span of `text`, or null.
 * The role must name a job ("Medical Director"); the name on the line under it is the employer's before the one after
 * its comma, and no place is one ("Chicago, IL | (312) 555-0164").
 */
export function senderEmployer(text: string): { start: number; end: number } | null {
  const employer = (name: string | undefined) => name !== undefined && !NOT_AN_EMPLOYER.test(name) && plausible(name) && !isPlaceLine(name);
  for (const re of [SENDER_ROLE_AT(), SIGNATURE_ROLE()]) {
    for (const m of text.matchAll(re)) {
      if (!namesOneRole(m[1].trim())) continue;
      const name = employer(m[3]) ? m[3] : employer(m[2]) ? m[2] : null;
      if (name === null) continue;
      const start = m.index + m[0].lastIndexOf(name);
      return { start, end: start + name.length };
    }
  }
  return null;
}

const HIRING_WORD = /hiring|recruiting|seeking|looking for/i;
// "We're hiring at Lumio Logiciels!": the banner with the name after it.
const HIRING_AT_BANNER = lazy(() => new RegExp(String.raw`^(?:[Ww]e(?:['’]re| are)|I(?:['’]m| am)) (?:now )?(?:hiring|recruiting) at (${NAME_WORDS})[\s!.\p{Extended_Pictographic}\uFE0F]{0,8}$`, 'u'));

/** The employer a post's announcement line names ("Litware Studios is hiring!", "We're hiring at Litware!"), as a span of `line`; null where it is none. */
export function bannerEmployer(line: string): { start: number; end: number } | null {
  // (Its hiring word, looked for first: the announcements' patterns are long, and most lines hire no one.)
  if (!HIRING_WORD.test(line)) return null;
  const lead = EMOJI_LEAD.exec(line)?.[0].length ?? 0;
  const at = HIRING_AT_BANNER().exec(line.slice(lead));
  if (at && plausible(at[1]) && !isPlaceLine(at[1])) {
    const start = lead + at[0].lastIndexOf(at[1]);
    return { start, end: start + at[1].length };
  }
  const m = HIRING_BANNER().exec(line.slice(lead));
  if (!m || NOT_AN_EMPLOYER.test(m[1]) || !plausible(m[1]) || isPlaceLine(m[1])) return null;
  return { start: lead, end: lead + m[1].length };
}

/** The longest end of `name`'s words that the text names twice or more as words of their own, else `name`. */
function recurringEnd(text: string, name: string): string {
  const words = name.split(' ');
  for (let k = 0; k < words.length; k++) {
    const end = words.slice(k).join(' ');
    if (uses(text, end) >= 2) return end;
  }
  return name;
}

/** An employer's name recurs: a candidate named twice or more in the text gains a weight. */
export function recurs(text: string, name: string): boolean {
  const first = text.indexOf(name);
  return first !== -1 && text.indexOf(name, first + name.length) !== -1;
}

const MAX_USES = 20;

/** How often the text names `name` as a word of its own, up to MAX_USES. */
function uses(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at !== -1 && n < MAX_USES; at = text.indexOf(name, at + name.length)) {
    if (standsAlone(text, at, name.length)) n++;
  }
  return n;
}

// Signs from the page's head (its title, site name, markup) and a registered name in the posting's header: they name
// the employer in full.
const FULL_NAME_SIGN = /^company\/(?:page-title|site-name|marked-in-markup|logo|legal-name-by-title)/;

/**
 * "Warehouse Associate | Northgate Logistics" over a body that says "Northgate is an equal opportunity employer":
 * the body's short form names the employer the page's head names in full, so the full name gains its weight; and
 * "Northwind Traders Ltd" in the posting's header under a careers site named "Northwind Careers" is the brand's
 * registered name. Only a head's name or a registered name absorbs: an About line's longer name may be a division
 * ("Acme Health" of "Acme").
 */
function withShortForms(tally: Map<string, { weight: number; vote: Vote }>): void {
  // (And a public body's, a trust's or a registered name, by its own words: "Severn Housing Trust" of "Life at Severn".)
  const heads = [...tally].filter(([, t]) => FULL_NAME_SIGN.test(t.vote.reason) || isOrganisation(t.vote.name) || LEGAL_NAME.test(t.vote.name));
  if (heads.length === 0) return;
  const absorbed = new Map<string, number>();
  for (const [key, t] of tally) {
    for (const [headKey] of heads) if (headKey.startsWith(`${key} `)) absorbed.set(headKey, (absorbed.get(headKey) ?? 0) + t.weight);
  }
  for (const [headKey, weight] of absorbed) tally.get(headKey)!.weight += weight;
}

// A name's initials as the body writes them: "YC", "UCL", "IBM".
const INITIALS = /^\p{Lu}{2,5}$/u;
// The small words initials leave out: "University College London" is "UCL", "Bank of Contoso" "BC".
const UNINITIALLED = new Set(['of', 'and', 'the', 'for', '&']);

/**
 * The body's initials of a name that is voted for in full ("YC is headquartered in ..." beside "Y Combinator is best
 * known for ..."): the full name gains their weight, so the two forms of one employer do not split its signs.
 */
function withInitials(tally: Map<string, { weight: number; vote: Vote }>): void {
  for (const short of tally.values()) {
    if (!INITIALS.test(short.vote.name)) continue;
    for (const full of tally.values()) {
      const words = full.vote.name.split(' ').filter((w) => !UNINITIALLED.has(w.toLowerCase()));
      if (full !== short && words.length === short.vote.name.length && words.every((w, i) => w[0] === short.vote.name[i])) full.weight += short.weight;
    }
  }
}

// A copyright line's holder: "© Copyright Mindstix Software Labs 2019", "© 2024 Contoso Group plc. All rights reserved".
// Bounded: linear.
const COPYRIGHT = lazy(() => /(?:©|\([Cc]\)|\b[Cc]opyright)[ \t]?(?:[Cc]opyright[ \t])?(?:(?:19|20)\d{2}(?:[ \t]?[-–][ \t]?(?:19|20)\d{2})?,?[ \t])?(\p{Lu}[\p{L}\d&'’.-]{0,40}(?:[ \t][\p{Lu}&][\p{L}\d&'’.-]{0,40}){0,5})/gu);
const RESERVED = /[ \t](?:All|Rights|Reserved|Registered)\b.*$/;
// Any copyright's sign, looked for once before the holders are read.
const COPYRIGHT_SIGN = /©|opyright|\([Cc]\)/;
/** How many words a copyright's holder may add to the name the body uses. */
const MAX_ADDED_WORDS = 3;

/**
 * The name the text's copyright line gives in full for a name its signs chose ("Mindstix" of "© Copyright Mindstix
 * Software Labs 2019"), its legal form aside, or failing one the longer name the text says more often (see
 * fullerInText), with its reason; null for the name itself. A holder that does not open with the name (a board's own) is
 * none of it.
 */
function fullNameOf(text: string, name: string): { name: string; reason: string } | null {
  if (COPYRIGHT_SIGN.test(text)) {
    for (const m of text.matchAll(COPYRIGHT())) {
      // (A legal form adds nothing the name lacks: "Apple" stays, not "Apple Inc".)
      const holder = withoutLegalForm(m[1].replace(RESERVED, '').replace(/[.,]$/, '')).trim();
      if (holder.startsWith(`${name} `) && holder.split(' ').length - name.split(' ').length <= MAX_ADDED_WORDS) return { name: holder, reason: 'company/copyright-full-name' };
    }
  }
  const fuller = fullerInText(text, name);
  return fuller === null ? null : { name: fuller, reason: 'company/fuller-in-text' };
}

// Capitalised words right after a name, that may be the rest of it: "Pine & Harbor| Outfitters", "BrightPath| Temporary
// Services".
const NEXT_NAME_WORDS = /^(?: \p{Lu}[\p{L}&'’-]{1,30}(?![\p{L}\d])){1,3}/u;
const MIN_FULLER_USES = 2;

/**
 * The longer name the text gives `name` ("Pine & Harbor Outfitters" of a careers site's "Pine & Harbor Careers"): the
 * longest that it says twice or more and more often than the name alone; else null. (A division the About line names
 * once, "Acme Health" of "Acme", is none.)
 */
function fullerInText(text: string, name: string): string | null {
  const fuller = new Map<string, number>();
  let alone = 0;
  for (let at = text.indexOf(name), n = 0; at !== -1 && n < MAX_USES; at = text.indexOf(name, at + name.length), n++) {
    if (!standsAlone(text, at, name.length)) continue;
    const next = NEXT_NAME_WORDS.exec(text.slice(at + name.length, at + name.length + 100))?.[0];
    if (!next) {
      alone++;
      continue;
    }
    // Each run of the words counts for every shorter run it opens with; the site's own name ("Pine & Harbor Careers")
    // counts for neither, nor a place after the name ("Leeside Fresh Foods Cork", a card's line run on).
    const words = next.trim().split(' ');
    for (let k = 1; k <= words.length && !isSiteWords(words[k - 1]) && !isPlaceLine(words[k - 1]); k++) {
      const run = words.slice(0, k).join(' ');
      fuller.set(run, (fuller.get(run) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [run, n] of fuller) if (n >= MIN_FULLER_USES && n > alone && (best === null || run.length > best.length)) best = run;
  return best === null ? null : `${name} ${best}`;
}

export function pickCompany(text: string, meta: PageMeta, title: { start: number; end: number } | null): PickedCompany | null {
  const jobTitle = title ? text.slice(title.start, title.end) : '';
  const votes: Vote[] = [];
  fromTitles(text, meta, jobTitle, votes);
  fromText(text, title?.end ?? 0, votes, jobTitle);
  if (title) {
    legalNameNearTitle(text, title, votes);
    restOfTitleLine(text, title, votes);
  }
  const boards = DISCLAIMER_SIGN.test(text) ? new Set([...text.matchAll(BOARD_DISCLAIMER)].map((m) => foldText(m[1] ?? m[2]))) : NO_BOARDS;
  const tally = new Map<string, { weight: number; vote: Vote }>();
  for (const v of votes) {
    const name = v.name.trim();
    if (!plausible(name) || (jobTitle && foldText(name) === foldText(jobTitle)) || boards.has(foldText(name))) continue;
    const key = foldText(name);
    const t = tally.get(key);
    if (t) t.weight += v.weight;
    else tally.set(key, { weight: v.weight, vote: { ...v, name } });
  }
  for (const t of tally.values()) if (t.weight < MIN_WEIGHT && recurs(text, t.vote.name)) t.weight++;
  withShortForms(tally);
  withInitials(tally);
  // One weak sign alone (a title part, the line under the title) is not enough. Between names of equal
  // weight, the one the text names most: "Acme" over the "Acme Health" whose About line names a division.
  const ranked = [...tally.values()]
    .filter((t) => t.weight >= MIN_WEIGHT)
    .map((t) => ({ ...t, uses: uses(text, t.vote.name) }))
    .sort((a, b) => b.weight - a.weight || b.uses - a.uses);
  for (const { vote, weight } of ranked) {
    const full = fullNameOf(text, vote.name);
    const name = full?.name ?? vote.name;
    const at = text.indexOf(name);
    if (at !== -1) return { name, span: { start: at, end: at + name.length }, reason: full?.reason ?? vote.reason, weight };
    if (weight >= HEAD_AGREEMENT) return { name: vote.name, span: null, reason: 'company/page-head', weight };
  }
  return ownSite(text, meta, jobTitle);
}

/**
 * Where nothing else names an employer and the posting speaks in the first person ("We are looking for", "Our client
 * is"), the site speaks for itself: a logo whose name a piece of the page title beside the job gives too ("Warehouse
 * Team Leader – Alpine Ski House Logistics" under that logo), as an employer's careers page or an agency's own site
 * does, its name left to the header and footer. (A board names the employer it posts for, and a board's posting that
 * names none and says no "we" leaves the employer unknown.)
 */
function ownSite(text: string, meta: PageMeta, jobTitle: string): PickedCompany | null {
  if (!FIRST_PERSON.test(text)) return null;
  for (const title of meta.titles) {
    const pieces = title.split(SEPARATOR).map((p) => p.trim());
    const job = jobRun(pieces, jobTitle);
    if (!job || job.end - job.start + 1 !== pieces.length) continue;
    const other = pieces[job.start === 0 ? pieces.length - 1 : 0];
    const logo = [...meta.logos, ...meta.siteLogos].find((l) => foldText(l) === foldText(other));
    if (!logo || !plausible(logo)) continue;
    const at = text.indexOf(logo);
    return { name: logo, span: at === -1 ? null : { start: at, end: at + logo.length }, reason: 'company/page-title-logo', weight: HEAD_AGREEMENT };
  }
  return null;
}
