/**
 * Generates src/lexicon/first-names.data.ts: the first-name lexicon behind isFirstName().
 *
 *   npx tsx packages/phi-detect/scripts/generate-first-names.ts
 *
 * Source: person.first_name of every @faker-js/faker locale (MIT licence). Faker is a dev
 * dependency only; the engine ships the generated data, never faker. The output is deterministic
 * (locales and names are sorted, no randomness, no dates), so the committed file can be checked
 * against renderFirstNamesModule() by the tests.
 *
 * What is kept: Latin-script names (letters with diacritics, apostrophe, hyphen), 2-15 characters,
 * one token, minus STOPLIST. Multi-token entries ("María José", the Vietnamese "Anh Vũ") are
 * dropped: each part is usually in the data on its own, and the engine matches single words.
 *
 * Encoding (compact enough for one LWC module): names lowercased, NFC, sorted by UTF-16 code
 * unit, then front-coded. Each entry is one digit, the number of leading characters it shares
 * with the previous name (capped at 9), followed by the rest of the name. Names contain no
 * digits, so a digit always starts an entry. Newlines only wrap the literal and carry no meaning.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { allLocales } from '@faker-js/faker';
import * as prettier from 'prettier';
// The runtime's folding rule, so that the stoplist is applied to exactly the forms that
// isFirstName() will accept ("désiré" is also stored as "desire").
import { foldName } from '../src/lexicon/first-names.ts';

export const OUTPUT_PATH: string = fileURLToPath(
  new URL('../src/lexicon/first-names.data.ts', import.meta.url),
);

/** Splits a space-separated word list (keeps the stoplist below readable and short). */
function words(list: string): string[] {
  return list.split(/\s+/).filter((word) => word !== '');
}

/**
 * Names dropped because, in customer-service text, the word is far more often something else.
 * A name on this list is a missed name only when nothing else (a title, a surname, "member")
 * marks it; a common word left in the lexicon is a false PERSON_NAME on every message that
 * uses it, and sentence-initial words are capitalised, so capitalisation does not save them.
 * Words that are not faker names today are listed too: they guard future faker versions.
 * Compared after lowercasing and after folding diacritics.
 */
export const STOPLIST: ReadonlySet<string> = new Set([
  // Calendar: months (and their abbreviations), days, holidays, seasons. Dates are their own
  // PHI category; a month must not turn into a name.
  ...words('january february march april may june july august september october november'),
  ...words('december jan feb mar apr jun jul aug sep sept oct nov dec'),
  ...words('monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday'),
  ...words('easter christmas noon midnight weekend spring summer autumn fall winter dawn eve'),
  // Virtue and word names: the brief's classic false positives.
  ...words('will hope faith joy grace charity patience honor justice mercy prudence chance'),
  ...words('trinity precious promise comfort blessing miracle constant modest noble'),
  ...words('sincere innocent loyal divine heaven genesis unique valid vital'),
  // Nature, colours, gems, things.
  ...words('rose crystal amber ruby pearl sunny sky storm river forest stone clay bay'),
  ...words('diamond emerald golden sterling brown green white black gray grey blue red pink'),
  ...words('swan lion berry sage tea soda pie kale prune lava dune atlas aura delta alpha'),
  ...words('toy jet jazz yoga samba lyric karma guru swami imam queen king prince'),
  // Insurer and customer-service vocabulary that is capitalised in headings and greetings.
  ...words('bank care claim claims plan plans member members patient patients doctor nurse'),
  ...words('office team support service services customer account billing payment premium'),
  ...words('policy coverage benefit benefits network provider pharmacy hospital clinic'),
  ...words('case page chase grant bill mark art price loan lien levy wage job judge'),
  ...words('foster walker ward lane van ace trace ascension'),
  // Greetings, sign-offs and the words that start English sentences.
  ...words('dear hi hello hey thank thanks please sorry yes no okay ok sure great happy'),
  ...words('welcome best regards sincerely cheers kind warm good fine even else said name'),
  ...words('can per among amid alone idea general major junior senior young long'),
  ...words('baby sister brother mama mother father son daughter'),
  // Honorifics and titles, which precede names rather than being them.
  ...words('mr mrs ms miss mister sir madam dame doc dr prof jr sr'),
  // Stems that a tokenizer splitting on apostrophes produces: "Don't", "Aren't", "I've", "Haven't".
  ...words('don aren isn wasn didn doesn hasn haven couldn shouldn wouldn ain ive'),
  // Clinical and insurer abbreviations and words (ABA therapy, ADA, AMA, ASA, DEA, EDI, ED
  // visit, HUD, VIN, TIA, X-ray, kidney stone, oral, aura, gene therapy, Bell's palsy).
  ...words('aba abd ada ama asa dea edi ed hud vin tia ray gene bell brain nail anal oral'),
  ...words('senna conception ova ion'),
  // US states that are also given names: the state reading dominates in plan and coverage text,
  // and a state alone is not PHI.
  ...words('georgia virginia carolina dakota indiana montana florida america'),
  // Abbreviations and short words that read as English or as other languages' articles.
  ...words('ak el ib su apa ave bas bon cas dwi geo gui loa lux mac mex moa neo nox oma til'),
  ...words('tri vid ala alp ay ea per mas sim tad tor pol pit pip rim rod rut yaw'),
  // Other ordinary English words that faker lists as names.
  ...words('ado agape akin albino ally amen amour ant ante aquiline arcade arch astride bade'),
  ...words('barman bars beat bent bilge bless bonito boas buck bud buddy coy dado dell'),
  ...words('desiderata dies dock dodo dries earnest elide era fares fedora feline fem fender'),
  ...words('flip floor ford franc gad gala gentile gun gust guy hale hardy hind jail jarred'),
  ...words('jawed kick kin lean line lone lore lot mace mare marine mart martial mate mats'),
  ...words('mattes maxima meta mete mile miles mine mink moos nadir naval nil nine parfait'),
  ...words('pave peer pinkie prosper puck quarto ransom rein riff roan rover royal rune'),
  ...words('salvo sari server sever shad shade skipped talon tamer ties till tine toke'),
  ...words('tome tone tore tuba urban virgin viva wadi wale'),
  // Words a name reaches only by folding: "Côme", "Désiré", "Fortuné", "İnç", "Şir", "Beğ".
  ...words('come desire fortune inc sir beg gal'),
]);

/** The licence and version go into the header; read them rather than hard-code them. */
function fakerPackage(): { version: string; license: string } {
  const require = createRequire(import.meta.url);
  return require('@faker-js/faker/package.json') as { version: string; license: string };
}

// A name: Latin letters (precomposed or with combining marks), inner apostrophes and hyphens.
const LATIN_NAME = /^\p{Script=Latin}(?:[\p{Script=Latin}\p{M}]|['-](?=\p{Script=Latin}))*$/u;

/** Normalises one faker entry, or returns undefined when it is not a usable single name. */
function normalise(raw: string): string | undefined {
  // Lowercasing "İ" (Turkish capital dotted I) gives "i" + U+0307; the language means plain "i".
  const name = raw
    .trim()
    .toLowerCase()
    .normalize('NFC')
    .replace(/i\u0307/g, 'i');
  const length = [...name].length;
  if (length < 2 || length > 15 || !LATIN_NAME.test(name)) return undefined;
  if (STOPLIST.has(name) || STOPLIST.has(foldName(name))) return undefined;
  return name;
}

/** Every first name in faker's locales, stored as an array or as {generic, female, male}. */
function fakerFirstNames(): string[] {
  const out: string[] = [];
  for (const locale of Object.keys(allLocales).sort()) {
    const definition: unknown = allLocales[locale as keyof typeof allLocales].person?.first_name;
    if (definition == null) continue;
    const lists: unknown[] = Array.isArray(definition)
      ? [definition]
      : Object.keys(definition)
          .sort()
          .map((key) => (definition as Record<string, unknown>)[key]);
    for (const list of lists) {
      if (!Array.isArray(list)) continue;
      for (const entry of list) if (typeof entry === 'string') out.push(entry);
    }
  }
  return out;
}

/** The lexicon: filtered, lowercased, deduplicated and sorted by code unit (locale-independent). */
export function buildFirstNames(): string[] {
  const names = new Set<string>();
  for (const raw of fakerFirstNames()) {
    const name = normalise(raw);
    if (name !== undefined) names.add(name);
  }
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const MAX_SHARED = 9;
const LINE_WIDTH = 100;

/** Front-codes sorted names into lines of at most LINE_WIDTH characters (see the file comment). */
export function encodeFirstNames(sortedNames: readonly string[]): string {
  const lines: string[] = [];
  let line = '';
  let previous = '';
  for (const name of sortedNames) {
    let shared = 0;
    const limit = Math.min(MAX_SHARED, previous.length, name.length);
    while (shared < limit && previous[shared] === name[shared]) shared++;
    // Never split a surrogate pair between the shared prefix and the suffix.
    if (shared > 0 && /[\uD800-\uDBFF]/.test(name[shared - 1] ?? '')) shared--;
    const entry = `${shared}${name.slice(shared)}`;
    if (line.length + entry.length > LINE_WIDTH) {
      lines.push(line);
      line = '';
    }
    line += entry;
    previous = name;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

/** The generated module's source, formatted with the repository's prettier config. */
export async function renderFirstNamesModule(): Promise<string> {
  const names = buildFirstNames();
  const encoded = encodeFirstNames(names);
  if (/[`\\$]/.test(encoded)) throw new Error('encoded names would break the template literal');
  const { version, license } = fakerPackage();
  const source = [
    '// GENERATED FILE: do not edit. Regenerate with',
    '//   npx tsx packages/phi-detect/scripts/generate-first-names.ts',
    `// Source: @faker-js/faker ${version} (licence ${license}), person.first_name of all locales:`,
    `// ${names.length} Latin-script first names, lowercased, stoplist applied. Front-coded: each`,
    '// entry is a digit (characters shared with the previous name) and the rest of the name.',
    '',
    `export const FIRST_NAMES_COUNT = ${names.length};`,
    '',
    `export const FIRST_NAMES_ENCODED = \`${encoded}\`;`,
    '',
  ].join('\n');
  const options = (await prettier.resolveConfig(OUTPUT_PATH)) ?? {};
  return prettier.format(source, { ...options, filepath: OUTPUT_PATH });
}

async function main(): Promise<void> {
  const source = await renderFirstNamesModule();
  writeFileSync(OUTPUT_PATH, source);
  console.log(`wrote ${OUTPUT_PATH} (${(Buffer.byteLength(source) / 1024).toFixed(1)} KB)`);
}

// CLI only when run directly; the tests import renderFirstNamesModule() without writing files.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
