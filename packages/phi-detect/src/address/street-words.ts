const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Street types (US Postal Service suffixes and common international ones), lowercase, no dots. */
export const STREET_SUFFIXES = set(`
  street st str avenue ave av road rd boulevard blvd lane ln drive dr court ct way place pl
  terrace ter circle cir highway hwy parkway pkwy square sq trail trl crescent cres close alley
  row walk path pike loop run point pt plaza plz broadway expressway expy freeway fwy turnpike tpke
  causeway bypass crossing xing ridge heights hts gardens gdns grove park pass commons green
  route rte rt ranch mews quay wharf esplanade promenade
  strasse straße gasse weg platz allee ring rue chemin impasse via viale piazza corso calle carrera
  avenida rua travessa largo praça gatan vägen gata vej gade veien vei katu tie kuja polku tér
  utca út ulica ul trg cesta ulice náměstí odos leoforos
`);

/** Street types that are glued to the street name in Nordic and German names ("Koskikatu"). */
export const GLUED_SUFFIXES = [
  'strasse',
  'straße',
  'gasse',
  'weg',
  'platz',
  'allee',
  'gatan',
  'vägen',
  'gata',
  'vej',
  'gade',
  'veien',
  'vei',
  'katu',
  'tie',
  'kuja',
  'polku',
  'stræde',
  'vegur',
  'gata',
  'straat',
  'laan',
];

/** Unit designators after the street ("Apt. 4B", "Suite 210", "# 12"). */
export const UNIT_WORDS = set(
  'apt apartment suite ste unit fl floor rm room bldg building lot space trlr #',
);

/**
 * Units of measure and counts after a number ("20 mg for pt", "filled 30 ct"): the number is a
 * quantity, not a house number, whatever street suffix ("pt", "ct") follows.
 */
export const MEASURE_WORDS = set(
  'mg mcg ml mls tabs tablets tablet caps capsules ct count pills doses hrs hours days mins minutes weeks wks yrs years lbs kg percent',
);

/** Words before an address that say one follows. */
export const ADDRESS_CUE =
  /(?:address|addr|lives at|live at|living at|located at|location|moved to|move to|moving to|mail(?:ed)? to|ship(?:ped)? to|send (?:it |them |this |a new one )?to|sent to|deliver(?:ed)? to|is at|are at|corner of|meet you at|off at|residence|resides at|home at|billing|shipping|mailing|return to|visit us at|come to)\W{0,3}$/;

/** USPS state and territory abbreviations. */
export const US_STATES = set(`
  al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm
  ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy pr vi gu as mp aa ae ap
`);
