// Validators for clinical codes and vehicle identifiers: ICD-10-CM, NDC, VIN. The ICD-10-CM
// codes are real code-set entries (they name a diagnosis, not a person); NDCs and VINs are
// synthetic, except 1M8GDM9AXKP042788, the widely published VIN check digit example.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { isIcd10CmCode, isNdcCode, isValidVin } from '../src/validators/index.ts';

describe('isIcd10CmCode', () => {
  it('accepts a 3-character category', () => {
    assert.equal(isIcd10CmCode('E11'), true);
    assert.equal(isIcd10CmCode('M1A'), true); // letter in the third position
  });

  it('accepts a dot and 1-4 more characters, including the X placeholder and 7th character', () => {
    assert.equal(isIcd10CmCode('E11.9'), true);
    assert.equal(isIcd10CmCode('I10.0'), true);
    assert.equal(isIcd10CmCode('S72.001A'), true);
    assert.equal(isIcd10CmCode('T36.0X1A'), true);
    assert.equal(isIcd10CmCode('M1A.0110'), true);
  });

  it('accepts the ICD-10-CM U codes U07 and U09', () => {
    assert.equal(isIcd10CmCode('U07.1'), true);
    assert.equal(isIcd10CmCode('U09.9'), true);
  });

  it('rejects other U categories (reserved)', () => {
    assert.equal(isIcd10CmCode('U00.0'), false);
    assert.equal(isIcd10CmCode('U08'), false);
    assert.equal(isIcd10CmCode('U85'), false);
  });

  it('rejects a first character that is not a letter', () => {
    assert.equal(isIcd10CmCode('111.9'), false);
    assert.equal(isIcd10CmCode('#11.9'), false);
  });

  it('rejects a second character that is not a digit', () => {
    assert.equal(isIcd10CmCode('EA1.9'), false);
  });

  it('rejects a third character that is not a letter or digit', () => {
    assert.equal(isIcd10CmCode('E1-.9'), false);
  });

  it('rejects lower case', () => {
    assert.equal(isIcd10CmCode('e11.9'), false);
    assert.equal(isIcd10CmCode('S72.001a'), false);
  });

  it('rejects a dot with nothing after it', () => {
    assert.equal(isIcd10CmCode('E11.'), false);
  });

  it('rejects more than 4 characters after the dot', () => {
    assert.equal(isIcd10CmCode('S72.001AB'), false);
  });

  it('rejects non-alphanumerics after the dot', () => {
    assert.equal(isIcd10CmCode('E11.9-'), false);
    assert.equal(isIcd10CmCode('E11..9'), false);
  });

  it('rejects dotless codes longer than 3 characters by default', () => {
    assert.equal(isIcd10CmCode('E119'), false);
    assert.equal(isIcd10CmCode('S72001A'), false);
    assert.equal(isIcd10CmCode('E119', {}), false);
  });

  it('accepts dotless 4-7 character codes with allowDotless', () => {
    assert.equal(isIcd10CmCode('E119', { allowDotless: true }), true);
    assert.equal(isIcd10CmCode('S72001A', { allowDotless: true }), true);
    assert.equal(isIcd10CmCode('E11.9', { allowDotless: true }), true);
  });

  it('rejects dotless codes longer than 7 characters even with allowDotless', () => {
    assert.equal(isIcd10CmCode('S72001AB', { allowDotless: true }), false);
  });

  it('rejects too-short input', () => {
    assert.equal(isIcd10CmCode('E1'), false);
    assert.equal(isIcd10CmCode(''), false);
  });
});

describe('isNdcCode', () => {
  it('accepts the 10-digit layouts 4-4-2, 5-3-2 and 5-4-1', () => {
    assert.equal(isNdcCode('1234-5678-90'), true);
    assert.equal(isNdcCode('12345-678-90'), true);
    assert.equal(isNdcCode('12345-6789-0'), true);
  });

  it('accepts the dashed 11-digit billing layout 5-4-2', () => {
    assert.equal(isNdcCode('12345-6789-01'), true);
    assert.equal(isNdcCode('00002-1234-01'), true);
  });

  it('rejects the undashed 11-digit form by default', () => {
    assert.equal(isNdcCode('12345678901'), false);
    assert.equal(isNdcCode('12345678901', {}), false);
  });

  it('accepts the undashed 11-digit form with allowUndashed', () => {
    assert.equal(isNdcCode('12345678901', { allowUndashed: true }), true);
  });

  it('rejects undashed forms of other lengths even with allowUndashed', () => {
    assert.equal(isNdcCode('1234567890', { allowUndashed: true }), false);
    assert.equal(isNdcCode('123456789012', { allowUndashed: true }), false);
  });

  it('rejects all zeros', () => {
    assert.equal(isNdcCode('0000-0000-00'), false);
    assert.equal(isNdcCode('00000-0000-00'), false);
    assert.equal(isNdcCode('00000000000', { allowUndashed: true }), false);
  });

  it('rejects other group layouts', () => {
    assert.equal(isNdcCode('123-45678-90'), false); // 3-5-2
    assert.equal(isNdcCode('1234-567-890'), false); // 4-3-3
    assert.equal(isNdcCode('12345-67-890'), false); // 5-2-3
    assert.equal(isNdcCode('12345-678901'), false); // two groups
    assert.equal(isNdcCode('12-345-678-90'), false); // four groups
  });

  it('rejects empty groups and other characters', () => {
    assert.equal(isNdcCode('-12345-6789-0'), false);
    assert.equal(isNdcCode('12345--6789-0'), false);
    assert.equal(isNdcCode('12345-6789-0-'), false);
    assert.equal(isNdcCode('12345 6789 01'), false);
    assert.equal(isNdcCode('1234A-6789-01'), false);
    assert.equal(isNdcCode(''), false);
  });
});

describe('isValidVin', () => {
  it('accepts 17 characters with a correct check digit, in either case', () => {
    assert.equal(isValidVin('1M8GDM9AXKP042788'), true);
    assert.equal(isValidVin('1ABCDEFG6HJ000001'), true);
    assert.equal(isValidVin('1abcdefg6hj000001'), true);
  });

  it('accepts X as the check digit when the remainder is 10', () => {
    assert.equal(isValidVin('1ABCDEFGXHJ000003'), true);
    assert.equal(isValidVin('1ABCDEFGxHJ000003'), true);
  });

  it('rejects a wrong check digit', () => {
    assert.equal(isValidVin('1ABCDEFG7HJ000001'), false);
    assert.equal(isValidVin('1ABCDEFG0HJ000003'), false);
    assert.equal(isValidVin('1ABCDEFGYHJ000001'), false);
  });

  it('rejects the letters I, O and Q', () => {
    assert.equal(isValidVin('1ABCDEFG6HJ00000I'), false);
    assert.equal(isValidVin('1ABCDEFG6HJ00000O'), false);
    assert.equal(isValidVin('1ABCDEFG6HJ00000Q'), false);
  });

  it('rejects a single repeated character even though its check digit is right', () => {
    assert.equal(isValidVin('11111111111111111'), false);
  });

  it('rejects wrong lengths and other characters', () => {
    assert.equal(isValidVin('1ABCDEFG6HJ00000'), false);
    assert.equal(isValidVin('1ABCDEFG6HJ0000011'), false);
    assert.equal(isValidVin('1ABCDEFG6HJ-00001'), false);
    assert.equal(isValidVin(''), false);
  });
});
