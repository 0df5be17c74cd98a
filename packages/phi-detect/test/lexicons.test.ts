import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { OUTPUT_PATH, STOPLIST, renderFirstNamesModule } from '../scripts/generate-first-names.ts';
import {
  CLINICAL_TERMS,
  findClinicalTerms,
  type ClinicalKind,
} from '../src/lexicon/clinical-terms.ts';
import { FIRST_NAMES_ENCODED } from '../src/lexicon/first-names.data.ts';
import {
  FIRST_NAME_COUNT,
  decodeFirstNames,
  foldName,
  isFirstName,
} from '../src/lexicon/first-names.ts';

/** The matches as [matched text, kind] pairs, which read better in assertions than offsets. */
function found(text: string): [string, ClinicalKind][] {
  const lower = text.toLowerCase();
  return findClinicalTerms(lower).map((m) => [lower.slice(m.start, m.end), m.kind]);
}

describe('first names', () => {
  it('finds common names from several languages (the caller lowercases)', () => {
    for (const name of ['Maria', 'John', 'Mohammed', 'Jamal', 'Guadalupe', 'Kim', 'Ana', 'Max']) {
      assert.equal(isFirstName(name.toLowerCase()), true, name);
    }
  });

  it('matches with or without diacritics, in composed or decomposed form', () => {
    for (const word of ['josé', 'jose', 'rené', 'rene', 'françois', 'francois', 'zoë', 'zoe']) {
      assert.equal(isFirstName(word), true, word);
    }
    // Letters NFD does not decompose are folded too.
    assert.equal(isFirstName('łukasz'), true);
    assert.equal(isFirstName('lukasz'), true);
    assert.equal(isFirstName('bjorn'), true);
    // Decomposed input: "e" + combining acute.
    assert.equal(isFirstName('jose\u0301'), true);
    assert.equal(foldName('désiré'), 'desire');
  });

  it('rejects stoplisted words, including the brief examples and folded spellings', () => {
    const words = ['will', 'may', 'june', 'april', 'august', 'mark', 'bill', 'grant', 'rose'];
    words.push('hope', 'faith', 'joy', 'dawn', 'summer', 'autumn', 'crystal', 'amber', 'ruby');
    words.push('pearl', 'sunny', 'art', 'grace', 'georgia', 'don', 'said', 'can', 'ray');
    // "Désiré" and "Côme" are French names whose folded forms are English words.
    words.push('desire', 'come');
    for (const word of words) assert.equal(isFirstName(word), false, word);
    for (const word of STOPLIST) assert.equal(isFirstName(word), false, word);
    assert.ok(STOPLIST.size >= 150, `stoplist has ${STOPLIST.size} words`);
  });

  it('rejects non-names and near misses', () => {
    for (const word of ['', 'the', 'patient', 'claim', 'metformin', 'mariaa', 'jo hn', '123']) {
      assert.equal(isFirstName(word), false, JSON.stringify(word));
    }
  });

  it('holds a sane number of sorted, unique, lowercase names', () => {
    const names = decodeFirstNames(FIRST_NAMES_ENCODED);
    assert.equal(names.length, FIRST_NAME_COUNT);
    assert.ok(FIRST_NAME_COUNT > 3000, `${FIRST_NAME_COUNT} names`);
    for (let i = 0; i < names.length; i++) {
      const name = names[i] ?? '';
      assert.ok(i === 0 || (names[i - 1] ?? '') < name, `not sorted/unique at ${name}`);
      assert.equal(name, name.toLowerCase().normalize('NFC'));
      const length = [...name].length;
      assert.ok(length >= 2 && length <= 15, name);
      assert.match(name, /^[\p{L}\p{M}'-]+$/u);
    }
  });

  it('keeps the data module compact', () => {
    const kilobytes = statSync(OUTPUT_PATH).size / 1024;
    assert.ok(kilobytes < 60, `${kilobytes.toFixed(1)} KB`);
  });

  it('the committed data is exactly what the generator produces', async () => {
    const committed = readFileSync(OUTPUT_PATH, 'utf8');
    assert.ok(
      committed === (await renderFirstNamesModule()),
      'first-names.data.ts is stale: run scripts/generate-first-names.ts (see its header)',
    );
  });
});

describe('clinical terms: data', () => {
  it('has a curated size, all three kinds, lowercase entries and no duplicate spellings', () => {
    assert.ok(CLINICAL_TERMS.length >= 400, `${CLINICAL_TERMS.length} terms`);
    const seen = new Set<string>();
    for (const { term, kind } of CLINICAL_TERMS) {
      assert.equal(term, term.toLowerCase(), term);
      assert.match(term, /^[a-z0-9à-ÿ]+(?:(?:'s|s')?[ \-/][a-z0-9à-ÿ]+)*(?:'s|s')?$/u, term);
      // Spellings that the matcher treats alike ("self harm" / "self-harm") are duplicates.
      const key = term.replace(/[ \-/]+/g, ' ').replace(/'s?(?= |$)/g, '');
      assert.ok(!seen.has(key), `duplicate: ${term}`);
      seen.add(key);
      assert.ok(['condition', 'medication', 'procedure'].includes(kind));
    }
    for (const kind of ['condition', 'medication', 'procedure']) {
      assert.ok(
        CLINICAL_TERMS.some((t) => t.kind === kind),
        kind,
      );
    }
  });

  it('leaves out ambiguous abbreviations', () => {
    const terms = new Set(CLINICAL_TERMS.map((t) => t.term));
    for (const word of ['ms', 'ra', 'pt', 'ed', 'add', 'aids', 'std', 'tia', 'ect', 'mat']) {
      assert.equal(terms.has(word), false, word);
    }
  });
});

describe('clinical terms: findClinicalTerms', () => {
  it('finds terms of each kind with exact offsets', () => {
    const text = 'member on metformin after a colonoscopy; has copd.';
    const matches = findClinicalTerms(text);
    assert.deepEqual(matches, [
      { start: 10, end: 19, kind: 'medication' },
      { start: 28, end: 39, kind: 'procedure' },
      { start: 45, end: 49, kind: 'condition' },
    ]);
  });

  it('prefers the longest term at a position', () => {
    assert.deepEqual(found('Type 2 diabetes, insulin glargine nightly'), [
      ['type 2 diabetes', 'condition'],
      ['insulin glargine', 'medication'],
    ]);
    assert.deepEqual(found('insulin pump supplies'), [['insulin pump', 'procedure']]);
    assert.deepEqual(found('CKD stage 3 since May'), [['ckd stage 3', 'condition']]);
    // A longer term that does not complete falls back to the shorter one.
    assert.deepEqual(found('CKD stage unknown'), [['ckd', 'condition']]);
    assert.deepEqual(found('breast cancer and cancer'), [
      ['breast cancer', 'condition'],
      ['cancer', 'condition'],
    ]);
  });

  it('accepts spaces, line breaks, hyphens and slashes between the words of a term', () => {
    assert.deepEqual(found('type-2 diabetes'), [['type-2 diabetes', 'condition']]);
    assert.deepEqual(found('breast\n   cancer'), [['breast\n   cancer', 'condition']]);
    assert.deepEqual(found('COVID 19 and covid-19'), [
      ['covid 19', 'condition'],
      ['covid-19', 'condition'],
    ]);
    assert.deepEqual(found('chest x ray, C section'), [
      ['x ray', 'procedure'],
      ['c section', 'procedure'],
    ]);
    assert.deepEqual(found('HIV/AIDS'), [['hiv/aids', 'condition']]);
    // A hyphenated entry also matches when written closed up only if that spelling is listed.
    assert.deepEqual(found('a-fib, afib, a fib'), [
      ['a-fib', 'condition'],
      ['afib', 'condition'],
      ['a fib', 'condition'],
    ]);
  });

  it('takes an optional possessive on the last word and on marked words', () => {
    assert.deepEqual(found("Humira's copay, COPD’s effects"), [
      ["humira's", 'medication'],
      ['copd’s', 'condition'],
    ]);
    assert.deepEqual(found('alzheimer’s disease; alzheimers disease; alzheimer disease'), [
      ['alzheimer’s disease', 'condition'],
      ['alzheimers disease', 'condition'],
      ['alzheimer disease', 'condition'],
    ]);
    assert.deepEqual(found("Crohn's, crohns, Graves' disease, graves disease"), [
      ["crohn's", 'condition'],
      ['crohns', 'condition'],
      ["graves' disease", 'condition'],
      ['graves disease', 'condition'],
    ]);
    // An apostrophe that is not a possessive is left out of the match.
    assert.deepEqual(found("'asthma'"), [['asthma', 'condition']]);
  });

  it('matches whole words only; derived forms only when listed', () => {
    // Decision: never inside a word. "insulinoma" is a different condition (not listed).
    assert.deepEqual(found('insulinoma'), []);
    assert.deepEqual(found('xcopd copdx preinsulin metformins'), []);
    // "asthmatic" is listed as its own entry; "asthmatics" is not, and "asthma" is not found in it.
    assert.deepEqual(found('an asthmatic child'), [['asthmatic', 'condition']]);
    assert.deepEqual(found('asthmatics'), []);
    // Plurals only when listed: "seizures" is, "colonoscopies" is not.
    assert.deepEqual(found('seizures, colonoscopies'), [['seizures', 'condition']]);
    // Digits are word characters: "covid19" is listed, "copd2" is not copd.
    assert.deepEqual(found('covid19 copd2'), [['covid19', 'condition']]);
  });

  it('handles diacritics, punctuation and edge positions', () => {
    assert.deepEqual(found('Sjögren’s syndrome'), [['sjögren’s syndrome', 'condition']]);
    assert.deepEqual(found('(hiv)'), [['hiv', 'condition']]);
    assert.deepEqual(found('hiv'), [['hiv', 'condition']]);
    assert.deepEqual(found(''), []);
    assert.deepEqual(found('the plan covers preventive care'), []);
    // An entry cut off by the end of the text does not match.
    assert.deepEqual(found('type 2'), []);
  });

  it('finds every entry in the lexicon when it stands alone', () => {
    for (const { term, kind } of CLINICAL_TERMS) {
      const text = `re: ${term}.`;
      const matches = findClinicalTerms(text);
      assert.equal(matches.length, 1, term);
      assert.deepEqual(matches[0], { start: 4, end: 4 + term.length, kind }, term);
    }
  });
});
