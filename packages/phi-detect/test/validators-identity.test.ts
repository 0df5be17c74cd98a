// Validators for personal and provider identifiers: SSN, NPI, DEA, MBI. Every value here is
// synthetic: sequential or patterned digits, or the examples published by CMS.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  digitsOnly,
  isValidDea,
  isValidMbi,
  isValidNpi,
  isValidSsn,
} from '../src/validators/index.ts';

describe('digitsOnly', () => {
  it('keeps ASCII digits in order and drops everything else', () => {
    assert.equal(digitsOnly('234-56-7890'), '234567890');
    assert.equal(digitsOnly('(212) 555-0142 x7'), '21255501427');
    assert.equal(digitsOnly('no digits'), '');
    assert.equal(digitsOnly(''), '');
  });

  it('drops non-ASCII digits (full-width, Arabic-Indic)', () => {
    assert.equal(digitsOnly('\uFF11\uFF12\u0663'), '');
  });
});

describe('isValidSsn', () => {
  it('accepts the dashed, spaced and plain forms', () => {
    assert.equal(isValidSsn('234-56-7890'), true);
    assert.equal(isValidSsn('234 56 7890'), true);
    assert.equal(isValidSsn('234567890'), true);
  });

  it('accepts areas next to the forbidden ones and the lowest group and serial', () => {
    assert.equal(isValidSsn('001-01-0001'), true);
    assert.equal(isValidSsn('665-12-3456'), true);
    assert.equal(isValidSsn('667-12-3456'), true);
    assert.equal(isValidSsn('899-12-3456'), true);
  });

  it('rejects area 000', () => {
    assert.equal(isValidSsn('000-12-3456'), false);
  });

  it('rejects area 666', () => {
    assert.equal(isValidSsn('666-12-3456'), false);
  });

  it('rejects areas 900-999 (ITIN range)', () => {
    assert.equal(isValidSsn('900-12-3456'), false);
    assert.equal(isValidSsn('987-65-4321'), false);
    assert.equal(isValidSsn('999-12-3456'), false);
  });

  it('rejects group 00', () => {
    assert.equal(isValidSsn('234-00-7890'), false);
  });

  it('rejects serial 0000', () => {
    assert.equal(isValidSsn('234-56-0000'), false);
  });

  it('rejects the voided Woolworth wallet number 078-05-1120', () => {
    assert.equal(isValidSsn('078-05-1120'), false);
    assert.equal(isValidSsn('078051120'), false);
  });

  it('rejects the voided SSA pamphlet number 219-09-9999', () => {
    assert.equal(isValidSsn('219-09-9999'), false);
  });

  it('rejects the placeholder 123-45-6789', () => {
    assert.equal(isValidSsn('123-45-6789'), false);
    assert.equal(isValidSsn('123 45 6789'), false);
  });

  it('rejects a single repeated digit', () => {
    assert.equal(isValidSsn('111-11-1111'), false);
    assert.equal(isValidSsn('555555555'), false);
  });

  it('rejects mixed separators', () => {
    assert.equal(isValidSsn('234-56 7890'), false);
    assert.equal(isValidSsn('234 56-7890'), false);
  });

  it('rejects other separators and separators in the wrong place', () => {
    assert.equal(isValidSsn('234.56.7890'), false);
    assert.equal(isValidSsn('2345-6-7890'), false);
    assert.equal(isValidSsn('234-567-890'), false);
  });

  it('rejects wrong lengths and non-digits', () => {
    assert.equal(isValidSsn('23456789'), false);
    assert.equal(isValidSsn('2345678901'), false);
    assert.equal(isValidSsn('234-56-789'), false);
    assert.equal(isValidSsn('234-56-789A'), false);
    assert.equal(isValidSsn('23456789O'), false);
    assert.equal(isValidSsn(''), false);
  });
});

describe('isValidNpi', () => {
  it('accepts 10 digits with the 80840-prefixed Luhn check digit', () => {
    assert.equal(isValidNpi('1234567893'), true); // the CMS example
    assert.equal(isValidNpi('2234567891'), true);
    assert.equal(isValidNpi('1987654328'), true);
  });

  it('rejects a wrong check digit', () => {
    assert.equal(isValidNpi('1234567890'), false);
    assert.equal(isValidNpi('1234567894'), false);
  });

  it('rejects a first digit other than 1 or 2, even with a correct check digit', () => {
    assert.equal(isValidNpi('3234567899'), false);
    assert.equal(isValidNpi('0234567895'), false);
  });

  it('rejects wrong lengths and non-digits', () => {
    assert.equal(isValidNpi('123456789'), false);
    assert.equal(isValidNpi('12345678930'), false);
    assert.equal(isValidNpi('123456789X'), false);
    assert.equal(isValidNpi('1234-567893'), false);
    assert.equal(isValidNpi(''), false);
  });
});

describe('isValidDea', () => {
  it('accepts two letters, six digits and the check digit, in either case', () => {
    assert.equal(isValidDea('AB1234563'), true);
    assert.equal(isValidDea('ab1234563'), true);
    assert.equal(isValidDea('Bj2468026'), true);
    assert.equal(isValidDea('XZ1111119'), true);
  });

  it('accepts 9 as the second character', () => {
    assert.equal(isValidDea('F96543210'), true);
  });

  it('rejects a first letter that is not a registrant type', () => {
    assert.equal(isValidDea('IB1234563'), false);
    assert.equal(isValidDea('NB1234563'), false);
    assert.equal(isValidDea('ZB1234563'), false);
    assert.equal(isValidDea('1B1234563'), false);
  });

  it('rejects a second character that is neither a letter nor 9', () => {
    assert.equal(isValidDea('A81234563'), false);
    assert.equal(isValidDea('A-1234563'), false);
  });

  it('rejects a wrong check digit', () => {
    assert.equal(isValidDea('AB1234564'), false);
    assert.equal(isValidDea('AB1234560'), false);
  });

  it('rejects non-digits in the number and wrong lengths', () => {
    assert.equal(isValidDea('AB12345X3'), false);
    assert.equal(isValidDea('AB123456'), false);
    assert.equal(isValidDea('AB12345630'), false);
    assert.equal(isValidDea('A1234563'), false);
    assert.equal(isValidDea(''), false);
  });
});

describe('isValidMbi', () => {
  it('accepts the CMS example plain, dashed and lower case', () => {
    assert.equal(isValidMbi('1EG4TE5MK73'), true);
    assert.equal(isValidMbi('1EG4-TE5-MK73'), true);
    assert.equal(isValidMbi('1eg4-te5-mk73'), true);
  });

  it('accepts digits in positions 3 and 6', () => {
    assert.equal(isValidMbi('9A04A00AA00'), true);
  });

  it('rejects position 1 other than 1-9', () => {
    assert.equal(isValidMbi('0EG4TE5MK73'), false);
    assert.equal(isValidMbi('AEG4TE5MK73'), false);
  });

  it('rejects a digit in letter positions 2, 5, 8 and 9', () => {
    assert.equal(isValidMbi('12G4TE5MK73'), false);
    assert.equal(isValidMbi('1EG4355MK73'), false);
    assert.equal(isValidMbi('1EG4TE55K73'), false);
    assert.equal(isValidMbi('1EG4TE5M573'), false);
  });

  it('rejects each excluded letter S, L, O, I, B, Z', () => {
    for (const letter of ['S', 'L', 'O', 'I', 'B', 'Z']) {
      assert.equal(isValidMbi(`1${letter}G4TE5MK73`), false, `position 2 = ${letter}`);
      assert.equal(isValidMbi(`1E${letter}4TE5MK73`), false, `position 3 = ${letter}`);
      assert.equal(
        isValidMbi(`1EG4TE5M${letter.toLowerCase()}73`),
        false,
        `position 9 = ${letter}`,
      );
    }
  });

  it('rejects punctuation in alphanumeric positions 3 and 6', () => {
    assert.equal(isValidMbi('1E*4TE5MK73'), false);
    assert.equal(isValidMbi('1EG4T#5MK73'), false);
  });

  it('rejects a letter in digit positions 4, 7, 10 and 11', () => {
    assert.equal(isValidMbi('1EGATE5MK73'), false);
    assert.equal(isValidMbi('1EG4TEAMK73'), false);
    assert.equal(isValidMbi('1EG4TE5MKA3'), false);
    assert.equal(isValidMbi('1EG4TE5MK7A'), false);
  });

  it('rejects dashes outside the 4-3-4 layout', () => {
    assert.equal(isValidMbi('1EG-4TE5-MK73'), false);
    assert.equal(isValidMbi('1EG4-TE5MK73'), false);
    assert.equal(isValidMbi('1EG4 TE5 MK73'), false);
  });

  it('rejects wrong lengths', () => {
    assert.equal(isValidMbi('1EG4TE5MK7'), false);
    assert.equal(isValidMbi('1EG4TE5MK733'), false);
    assert.equal(isValidMbi(''), false);
  });
});
