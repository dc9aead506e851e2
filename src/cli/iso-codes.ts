/**
 * The CLI's own check of --currency and --country, so a typo is a usage
 * error that names the flag, before any posting is read.
 */

/** ISO 3166-1 alpha-2: the 249 officially assigned codes (not reserved ones such as UK, EU or XK). */
const COUNTRY_CODES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
    'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
    'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
    'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ ' +
    'UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

const regionName = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** The upper-cased ISO 4217 code, or an error message for the flag. */
export function checkCurrency(value: string): { code: string } | { error: string } {
  const code = value.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code)) return { code };
  return { error: `--currency ${JSON.stringify(value)} is not an ISO 4217 currency code (such as GBP, USD, EUR)` };
}

/** The upper-cased ISO 3166-1 alpha-2 code, or an error message for the flag that suggests the code meant ("UK" → GB). */
export function checkCountry(value: string): { code: string } | { error: string } {
  const code = value.trim().toUpperCase();
  if (COUNTRY_CODES.has(code)) return { code };
  const message = `--country ${JSON.stringify(value)} is not an ISO 3166-1 alpha-2 country code (such as GB, US, IE)`;
  // ICU knows some reserved codes as aliases of an assigned one (UK is the United Kingdom, GB).
  const name = /^[A-Z]{2}$/.test(code) ? regionName.of(code) : undefined;
  const meant = name ? [...COUNTRY_CODES].find((c) => regionName.of(c) === name) : undefined;
  return { error: meant ? `${message}; did you mean ${meant}?` : message };
}
