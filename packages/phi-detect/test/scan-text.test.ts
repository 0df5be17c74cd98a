import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scan } from '../src/scan.ts';
import { found, valuesOf } from './helpers.ts';

describe('names', () => {
  it('finds names after titles and cue words, without the title', () => {
    assert.deepEqual(valuesOf('I spoke with Mr. Alvarez today.', 'PERSON_NAME'), ['Alvarez']);
    assert.deepEqual(valuesOf('The patient Jane Q. Doe called.', 'PERSON_NAME'), ['Jane Q. Doe']);
    assert.deepEqual(valuesOf('my husband Raj needs a refill', 'PERSON_NAME'), ['Raj']);
    assert.deepEqual(valuesOf('member: dana kowalski', 'PERSON_NAME'), ['dana kowalski']);
  });
  it('finds "LAST, FIRST" in capitals, after a cue too, and a name in brackets after an ID', () => {
    // All-caps "LAST, FIRST" needs a lexicon first name (a cue or an ID is not always there).
    assert.deepEqual(valuesOf('Med Rec No. B-771903 / DESAI, MARIA R.', 'PERSON_NAME'), [
      'DESAI, MARIA R',
    ]);
    assert.deepEqual(valuesOf('ATTENDING: OCONNELL, BRENDAN', 'PERSON_NAME'), [
      'OCONNELL, BRENDAN',
    ]);
    assert.deepEqual(valuesOf('mbr NWQ771203348 (Jhumpa Banerjee) logged in', 'PERSON_NAME'), [
      'Jhumpa Banerjee',
    ]);
    assert.deepEqual(valuesOf('ID card reprint: mbr Bolanle Adekunle, grp 007331', 'PERSON_NAME'), [
      'Bolanle Adekunle',
    ]);
  });
  it('finds signature lines and "Last, First"', () => {
    assert.deepEqual(valuesOf('Thanks,\nPriya Natarajan', 'PERSON_NAME'), ['Priya Natarajan']);
    assert.deepEqual(valuesOf('Patient list: Smith, John', 'PERSON_NAME'), ['Smith, John']);
  });
  it('reads speaker labels as names only in a transcript with a known first name', () => {
    const chat = 'Ubul: is my claim paid?\nNicole: yes, on Monday.\nUbul: thanks';
    assert.deepEqual(valuesOf(chat, 'PERSON_NAME'), ['Ubul', 'Nicole', 'Ubul']);
    // Role labels are never names, and one label line is a header.
    assert.deepEqual(valuesOf('Agent: hello\nMember: hi, this is about a bill', 'PERSON_NAME'), []);
    assert.deepEqual(valuesOf('Ubul: please call back', 'PERSON_NAME'), []);
  });
  it('finds a confident name again where it repeats close by, and not far away', () => {
    assert.deepEqual(valuesOf('Mr. Hakuba said Hakuba moved.', 'PERSON_NAME'), [
      'Hakuba',
      'Hakuba',
    ]);
    const far = `Mr. Hakuba called. ${'The claim is pending review. '.repeat(6)}Hakuba`;
    assert.deepEqual(valuesOf(far, 'PERSON_NAME'), ['Hakuba']);
  });
  it('finds lists of first names, and lowercase names before a person verb', () => {
    assert.deepEqual(valuesOf('they had 3: maria, adam and caleb.', 'PERSON_NAME'), [
      'maria',
      'adam',
      'caleb',
    ]);
    assert.deepEqual(valuesOf('eva kleist lives at the old mill', 'PERSON_NAME'), ['eva kleist']);
    assert.deepEqual(valuesOf('we have adam and eve on file', 'PERSON_NAME'), []);
  });
  it('finds names after reporting verbs, "call me" and before "as a dependent"', () => {
    assert.deepEqual(valuesOf('"Fine," says Hartvigsson.', 'PERSON_NAME'), ['Hartvigsson']);
    assert.deepEqual(valuesOf('everyone calls me Piusz', 'PERSON_NAME'), ['Piusz']);
    assert.deepEqual(valuesOf('I want to add Tünde Hoffmann as a dependent', 'PERSON_NAME'), [
      'Tünde Hoffmann',
    ]);
  });
  it('finds the name line of a bulleted or garbled signature block', () => {
    const block = '??? Carly Jones\n??? Topcoder\n??? 53772 Holmatun 45';
    assert.deepEqual(valuesOf(block, 'PERSON_NAME'), ['Carly Jones']);
  });
  it('does not take capitalised CSR vocabulary for names', () => {
    assert.deepEqual(valuesOf('Dear Member, Our Customer Care Team will call.', 'PERSON_NAME'), []);
    assert.deepEqual(valuesOf('Thank you for contacting Member Services.', 'PERSON_NAME'), []);
    assert.deepEqual(valuesOf('Caller asked about Dental PPO vs DHMO.', 'PERSON_NAME'), []);
    assert.deepEqual(valuesOf('Closed Memorial Day and Labor Day.', 'PERSON_NAME'), []);
    assert.deepEqual(valuesOf('Medications reported by phone. Paid in France.', 'PERSON_NAME'), []);
    assert.deepEqual(valuesOf("Agent: You're welcome! RE: Appeal of claim", 'PERSON_NAME'), []);
  });
});

describe('addresses and ZIP codes', () => {
  it('finds a US street address with its unit and a separate ZIP code', () => {
    const text = 'Please mail it to 1450 Oak Street Apt 4B, Springfield, IL 62704.';
    assert.deepEqual(found(text), [
      'STREET_ADDRESS:1450 Oak Street Apt 4B, Springfield, IL',
      'ZIP_CODE:62704',
    ]);
  });
  it('finds PO boxes and European street forms after an address cue', () => {
    assert.deepEqual(valuesOf('send it to PO Box 5521', 'STREET_ADDRESS'), ['PO Box 5521']);
    assert.deepEqual(valuesOf('lives at 5049 Harjukuja 54, SEINÄJOKI', 'STREET_ADDRESS').length, 1);
  });
  it('keeps a unit after a building number, and a ZIP after "zip code is"', () => {
    assert.deepEqual(valuesOf('28245 Puruntie 82 Apt. 595\nLAPPEENRANTA', 'STREET_ADDRESS'), [
      '28245 Puruntie 82 Apt. 595\nLAPPEENRANTA',
    ]);
    assert.deepEqual(valuesOf('my zip code is 35350', 'ZIP_CODE'), ['35350']);
    assert.deepEqual(valuesOf('Sent him 3 options near 45202.', 'ZIP_CODE'), ['45202']);
    assert.deepEqual(valuesOf('near 10000 members use it', 'ZIP_CODE'), []);
  });
  it('does not take quantities before a suffix-like word for streets', () => {
    assert.deepEqual(valuesOf('valid, filled 30 ct today', 'STREET_ADDRESS'), []);
    assert.deepEqual(valuesOf('wrote Adderall XR 20 mg for pt Braden', 'STREET_ADDRESS'), []);
    assert.deepEqual(valuesOf('Megan lives on Via Tasso 129 street.', 'STREET_ADDRESS').length, 1);
  });
  it('does not take counts of things for addresses', () => {
    assert.deepEqual(valuesOf('I have 2 kids and 3 dogs', 'STREET_ADDRESS'), []);
    assert.deepEqual(valuesOf('Approved 30 day supply', 'STREET_ADDRESS'), []);
  });
});

describe('clinical content', () => {
  it('finds conditions, medications and codes about a person', () => {
    const text =
      'She was diagnosed with type 2 diabetes (E11.9) and takes metformin, NDC 0002-8215-01.';
    const values = valuesOf(text, 'CLINICAL');
    assert.ok(values.includes('E11.9'), values.join('|'));
    assert.ok(values.includes('metformin'), values.join('|'));
    assert.ok(values.includes('0002-8215-01'), values.join('|'));
  });
  it('ties a term to the member a CSR note is about', () => {
    assert.deepEqual(valuesOf('mbr w/ COPD asking about a refill', 'CLINICAL'), ['COPD']);
  });
  it('does not flag generic policy text or population measures', () => {
    assert.deepEqual(
      valuesOf('The plan covers diabetes supplies and insulin pumps for all members.', 'CLINICAL'),
      [],
    );
    assert.deepEqual(
      valuesOf('A member with diabetes is eligible for the program.', 'CLINICAL'),
      [],
    );
    assert.deepEqual(valuesOf('Q4 Stars: statin use and A1c control rates up 4%.', 'CLINICAL'), []);
  });
});

describe('findings', () => {
  it('never carry the value in the explanation, and have rule and confidence', () => {
    const text = 'SSN 219-45-6789, email jane.doe@example.org, DOB 03/14/1962';
    for (const finding of scan(text)) {
      const value = text.slice(finding.start, finding.end);
      assert.ok(!finding.explanation.includes(value), finding.explanation);
      assert.match(finding.rule, /^[a-z0-9.-]+$/);
      assert.ok(finding.confidence > 0 && finding.confidence < 1);
    }
  });
  it('are sorted and never overlap', () => {
    const text =
      'Call 212-555-0142 re: claim # 2024-118833, member ID XWH123456789, SSN 219-45-6789.';
    const findings = scan(text);
    for (let i = 1; i < findings.length; i++) {
      assert.ok((findings[i - 1]?.end ?? 0) <= (findings[i]?.start ?? 0));
    }
  });
  it('validates options with precise messages', () => {
    assert.throws(
      () => scan('x', { minConfidence: 2 }),
      /minConfidence must be a number from 0 to 1/,
    );
    assert.throws(() => scan('x', { categories: ['NOPE' as never] }), /unknown categories "NOPE"/);
    assert.throws(() => scan(42 as never), /text must be a string/);
  });
  it('respects minConfidence and categories', () => {
    const text = 'Enrico called. Email jane@example.org';
    assert.deepEqual(found(text, { categories: ['EMAIL'] }), ['EMAIL:jane@example.org']);
    assert.ok(scan(text, { minConfidence: 0.99 }).length === 0);
  });
});
