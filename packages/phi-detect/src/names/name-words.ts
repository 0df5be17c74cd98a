/**
 * Word lists for the name rules. All lowercase. Kept small and explicit: each list is one
 * reason a word is (or is not) part of a name.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Titles before a name; the title itself is not part of the finding. */
export const TITLES = set(
  'mr mrs ms miss mx dr prof sr sra srta mme mlle herr frau sir madam dame rev fr',
);

/**
 * Words and phrases right before a name that say "a person's name follows" (lowercase, as
 * read backwards from the name by names.ts: "patient", "my husband", "name is", "Dear").
 */
export const CUE_BEFORE = set(`
  patient pt member subscriber beneficiary dependent insured enrollee caller client resident
  guardian caregiver doctor nurse provider physician pcp therapist attn attention c/o signed named
  dear hi hello hey thanks regards sincerely name names i'm im i’m mother father mom dad husband
  wife son daughter brother sister partner spouse child grandson granddaughter grandmother
  grandfather grandma grandpa aunt uncle niece nephew friend fiance fiancee boyfriend girlfriend
  surname from: to: re: cc: dr mr mrs ms kid kids baby toddler grandchild stepson stepdaughter
  says said asked replied mbr sub dep deps guarantor attending pharmacist agent rep interpreter
  newborn parent vob
`);
export const CUE_PHRASES = new Set([
  'thank you',
  'name is',
  'names are',
  'i am',
  'this is',
  "it's",
  'spoke with',
  'spoke to',
  'talked to',
  'talked with',
  'speaking with',
  'assistant to',
  'ask for',
  'asked for',
  'last name',
  'first name',
  'follow up with',
  'was called',
  'kind regards',
  'best regards',
  'member is',
  'patient is',
  'dependent is',
  'name on file',
  'call me',
  'calls me',
  'named him',
  'named her',
  'named them',
]);

/** Cues after which even a lowercase first name starts a name ("member: dana kowalski"). */
export const STRONG_CUE_BEFORE = set(`
  patient pt member subscriber caller insured name names signed dependent for mom dad son
  daughter husband wife dr from: re: mbr sub guarantor
`);

/** Closing lines after which a short line of capitalised words is a signature. */
export const CLOSING_LINE =
  /^(?:thanks|thank you|many thanks|regards|kind regards|best regards|best|sincerely|cheers|warmly|respectfully|take care|yours truly|cordially)[\s,.!]*$/;

/** Name particles that may sit between first and last names. */
export const PARTICLES = set(
  'de da di del della der den van von la le du dos das bin ibn al el st mc mac y',
);

/**
 * Capitalised words that are not names, though they start sentences or lines: function words,
 * CSR vocabulary, places and organisations' generic words, calendar words.
 */
export const NOT_NAMES = set(`
  i a an the this that these those there here we you your yours our ours us they them their he she
  it its his her him me my mine who whom whose what which when where why how if then than so but
  and or nor for from to of in on at by with without as into onto over under about after before
  since until during per via re fwd fw subject yes no not please thank thanks hi hello hey dear
  regards sincerely best cheers ok okay sorry also just only still yet now today tomorrow yesterday
  can could would should will shall may might must do does did done is are was were be been being
  have has had get got let make made see saw call called send sent sending receive received
  member members patient patients customer customers service services team department support care
  claims claim pharmacy insurance health medical center centre hospital clinic plan plans benefits
  network provider providers office group company inc llc ltd corp co street st avenue ave road rd
  boulevard blvd lane ln drive dr court ct suite apt unit floor box po apo fpo dpo psc city county
  state country north south east west new old saint mount lake park river valley hill hills beach
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december medicare medicaid hmo ppo epo pos hsa fsa
  american national united international federal general university college school
  date time name phone email address website fax mobile desk personal info information
  covid flu ssn dob mrn id ids npi dea vin url ip usa us uk eu
  mr mrs ms miss dr prof sir madam i'm i’m i'll i’ll i've i’ve i'd i’d
  account accounts billing bill payment card number order case ticket reference
  orchestra club restaurant bank hotel airport station church company's
  blue cross shield aetna cigna humana kaiser anthem optum wellcare centene molina express scripts
  walgreens cvs caremark rite aid walmart costco amazon google microsoft apple facebook
  prior authorization explanation summary eob formulary tier copay deductible coinsurance
  emergency urgent room department portal app online website web
  relations management utilization labs lab fedex ups usps ground northwind contoso fabrikam
  columbus cleveland dayton cincinnati toledo akron chicago boston houston dallas austin denver
  phoenix atlanta miami seattle portland detroit memphis nashville louisville
  caller callers agent agents rep reps representative supervisor day holiday labor memorial
  thanksgiving christmas juneteenth veterans presidents independence
  medication medications meds dependent dependents vehicle mom dad subscriber spouse
  france germany german spain spanish italy italian mexico mexican canada canadian england
  english britain british ireland irish china chinese japan japanese india indian europe european
  philadelphia baltimore pittsburgh milwaukee minneapolis sacramento albuquerque tucson omaha
  statement statements appeal appeals grievance grievances dept note notes line cannot tip alert
  update request requests acct esq jr phd md rn np dds dmd lcsw med
  you're you’re we're we’re they're they’re you've you’ve we've we’ve you'll you’ll we'll we’ll
  it's it’s that's that’s there's there’s what's what’s let's let’s can't can’t don't don’t
  didn't didn’t isn't isn’t won't won’t
`);

/** Lowercase words that can follow a first name without being a surname ("dana called"). */
export const NOT_SURNAMES_LOWERCASE = set(`
  a an the and or but to of in on at by for from with is are was were be been has have had will
  would can could should may might must do does did not no yes please thanks thank called calls
  call said says asked wants wanted needs needed is's who which that this it he she they we you
  i me my his her their our your about after before since until if then so also just only still
`);

/** What joins the names of a list: "Kónya, Becker and Vasquez", "Ann & Bo". */
export const JOINED_NAMES = /^(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+|,[ \t]+and[ \t]+)$/;
