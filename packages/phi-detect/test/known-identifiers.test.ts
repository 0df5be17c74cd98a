import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KnownIdentifier } from '../src/scan-types.ts';
import { scan } from '../src/scan.ts';

const record: readonly KnownIdentifier[] = [
  { category: 'PERSON_NAME', value: 'John Q. Smith' },
  { category: 'EMAIL', value: 'John.Smith@Example.org' },
  { category: 'PHONE', value: '+1 (212) 555-0142' },
  { category: 'DATE', value: '1962-03-14' },
  { category: 'HEALTH_PLAN_ID', value: 'XWH123456789' },
  { category: 'STREET_ADDRESS', value: '1450 Oak Street, Springfield, IL 62704' },
];

/** Findings that came from the record's own values, as "CATEGORY:value". */
function knownFound(text: string): string[] {
  return scan(text, { knownIdentifiers: record })
    .filter((f) => f.rule.startsWith('known.'))
    .map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
}

describe('known identifiers', () => {
  it('finds the name in its usual variations', () => {
    assert.deepEqual(knownFound('spoke with john smith'), ['PERSON_NAME:john smith']);
    assert.deepEqual(knownFound('re: Smith, John'), ['PERSON_NAME:Smith, John']);
    assert.deepEqual(knownFound('J. Smith called'), ['PERSON_NAME:J. Smith']);
    assert.deepEqual(knownFound('John S. called back'), ['PERSON_NAME:John S.']);
    assert.deepEqual(knownFound('SMITH requested a copy'), ['PERSON_NAME:SMITH']);
  });
  it('finds codes however they are punctuated or spaced', () => {
    assert.deepEqual(knownFound('id xwh 123-456-789 on the card'), [
      'HEALTH_PLAN_ID:xwh 123-456-789',
    ]);
    assert.deepEqual(knownFound('call 212.555.0142'), ['PHONE:212.555.0142']);
    assert.deepEqual(knownFound('call 2125550142 please'), ['PHONE:2125550142']);
  });
  it('does not match a code inside a longer one', () => {
    assert.deepEqual(knownFound('ref XWH1234567890'), []);
  });
  it('finds the email regardless of case, the birthdate in any format, the street abbreviated', () => {
    assert.deepEqual(knownFound('mail JOHN.SMITH@example.ORG'), ['EMAIL:JOHN.SMITH@example.ORG']);
    assert.deepEqual(knownFound('born March 14, 1962'), ['DATE:March 14, 1962']);
    assert.deepEqual(knownFound('born 3/14/62'), ['DATE:3/14/62']);
    assert.deepEqual(knownFound('moved from 1450 oak st. last year'), [
      'STREET_ADDRESS:1450 oak st',
    ]);
  });
  it('does not report a different date or address', () => {
    assert.deepEqual(knownFound('seen 3/15/1962 at 1451 Oak Street'), []);
  });
});
