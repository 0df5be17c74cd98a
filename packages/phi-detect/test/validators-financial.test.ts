// Validators for financial identifiers: Luhn, payment cards, ABA routing numbers, IBANs. Card
// numbers are the networks' published test numbers or synthetic ones with a computed check
// digit; the IBANs are the ISO 13616 examples or synthetic ones with a `TEST` bank code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  isValidAbaRouting,
  isValidCardNumber,
  isValidIban,
  luhnValid,
} from '../src/validators/index.ts';

describe('luhnValid', () => {
  it('accepts digit strings whose Luhn sum is a multiple of 10', () => {
    assert.equal(luhnValid('79927398713'), true);
    assert.equal(luhnValid('4111111111111111'), true);
    assert.equal(luhnValid('18'), true);
  });

  it('rejects a wrong check digit', () => {
    assert.equal(luhnValid('79927398710'), false);
    assert.equal(luhnValid('4111111111111112'), false);
  });

  it('rejects fewer than two digits', () => {
    assert.equal(luhnValid('0'), false);
    assert.equal(luhnValid(''), false);
  });

  it('rejects any non-digit character', () => {
    assert.equal(luhnValid('7992 7398 713'), false);
    assert.equal(luhnValid('7992739871a'), false);
  });
});

describe('isValidCardNumber', () => {
  it('accepts network test numbers for each IIN range', () => {
    assert.equal(isValidCardNumber('4111111111111111'), true); // Visa
    assert.equal(isValidCardNumber('4222222222222'), true); // Visa, 13 digits
    assert.equal(isValidCardNumber('4111111111111111110'), true); // Visa, 19 digits
    assert.equal(isValidCardNumber('5555555555554444'), true); // Mastercard 51-55
    assert.equal(isValidCardNumber('2221000000000009'), true); // Mastercard 2221
    assert.equal(isValidCardNumber('2720999999999996'), true); // Mastercard 2720
    assert.equal(isValidCardNumber('378282246310005'), true); // Amex 37
    assert.equal(isValidCardNumber('340000000000009'), true); // Amex 34
    assert.equal(isValidCardNumber('6011111111111117'), true); // Discover 6011
    assert.equal(isValidCardNumber('6445644564456445'), true); // Discover 644-649
    assert.equal(isValidCardNumber('6500000000000002'), true); // Discover 65
    assert.equal(isValidCardNumber('3528000000000007'), true); // JCB 3528
    assert.equal(isValidCardNumber('3589000000000003'), true); // JCB 3589
    assert.equal(isValidCardNumber('30569309025904'), true); // Diners 300-305
    assert.equal(isValidCardNumber('36227206271667'), true); // Diners 36
    assert.equal(isValidCardNumber('38520000023237'), true); // Diners 38
    assert.equal(isValidCardNumber('6200000000000005'), true); // UnionPay 62
    assert.equal(isValidCardNumber('5018000000000009'), true); // Maestro 50
    assert.equal(isValidCardNumber('5600000000000003'), true); // Maestro 56
  });

  it('accepts consistent grouping with spaces or dashes', () => {
    assert.equal(isValidCardNumber('4111 1111 1111 1111'), true);
    assert.equal(isValidCardNumber('4111-1111-1111-1111'), true);
    assert.equal(isValidCardNumber('3782 822463 10005'), true); // Amex 4-6-5
    assert.equal(isValidCardNumber('3056 930902 5904'), true); // Diners 4-6-4
    assert.equal(isValidCardNumber('4111 1111 1111 1111 110'), true); // 19 digits
  });

  it('rejects a failed Luhn check', () => {
    assert.equal(isValidCardNumber('4111111111111112'), false);
    assert.equal(isValidCardNumber('378282246310006'), false);
  });

  it('rejects fewer than 13 or more than 19 digits', () => {
    assert.equal(luhnValid('400000000002'), true);
    assert.equal(isValidCardNumber('400000000002'), false);
    assert.equal(luhnValid('41111111111111111115'), true);
    assert.equal(isValidCardNumber('41111111111111111115'), false);
  });

  it('rejects unknown IIN prefixes even when the Luhn check passes', () => {
    assert.equal(isValidCardNumber('12345678901237'), false); // 1
    assert.equal(isValidCardNumber('8000000000000003'), false); // 8
    assert.equal(isValidCardNumber('2220000000000000'), false); // below Mastercard 2221
    assert.equal(isValidCardNumber('2721000000000004'), false); // above Mastercard 2720
    assert.equal(isValidCardNumber('3527000000000008'), false); // below JCB 3528
    assert.equal(isValidCardNumber('3060000000001'), false); // 306: not Diners
  });

  it('rejects Amex prefixes unless the number has 15 digits', () => {
    assert.equal(luhnValid('3400000000000000'), true);
    assert.equal(isValidCardNumber('3400000000000000'), false);
  });

  it('rejects a single repeated digit even when Luhn and IIN pass', () => {
    assert.equal(luhnValid('6666666666666'), true);
    assert.equal(isValidCardNumber('6666666666666'), false);
    assert.equal(luhnValid('44444444444444444'), true);
    assert.equal(isValidCardNumber('44444444444444444'), false);
  });

  it('rejects mixed separators', () => {
    assert.equal(isValidCardNumber('4111 1111-1111 1111'), false);
  });

  it('rejects inconsistent grouping', () => {
    assert.equal(isValidCardNumber('41111 1111 1111 111'), false);
    assert.equal(isValidCardNumber('4111  1111 1111 1111'), false);
    assert.equal(isValidCardNumber('4111 1111 1111 1111 '), false);
    assert.equal(isValidCardNumber('-4111-1111-1111-1111'), false);
    assert.equal(isValidCardNumber('4111 111111 111111'), false);
  });

  it('rejects other characters', () => {
    assert.equal(isValidCardNumber('4111.1111.1111.1111'), false);
    assert.equal(isValidCardNumber('4111111111111111a'), false);
    assert.equal(isValidCardNumber(''), false);
  });
});

describe('isValidAbaRouting', () => {
  it('accepts 9 digits with a 3-7-1 checksum and a valid prefix from each range', () => {
    assert.equal(isValidAbaRouting('023456783'), true); // 00-12
    assert.equal(isValidAbaRouting('123456780'), true);
    assert.equal(isValidAbaRouting('212345676'), true); // 21-32
    assert.equal(isValidAbaRouting('323456784'), true);
    assert.equal(isValidAbaRouting('612345674'), true); // 61-72
    assert.equal(isValidAbaRouting('723456782'), true);
    assert.equal(isValidAbaRouting('801234567'), true); // 80
  });

  it('rejects a failed checksum', () => {
    assert.equal(isValidAbaRouting('123456781'), false);
    assert.equal(isValidAbaRouting('023456789'), false);
  });

  it('rejects prefixes outside the Federal Reserve ranges even with a good checksum', () => {
    assert.equal(isValidAbaRouting('133456783'), false); // 13
    assert.equal(isValidAbaRouting('203456781'), false); // 20
    assert.equal(isValidAbaRouting('333456787'), false); // 33
    assert.equal(isValidAbaRouting('603456789'), false); // 60
    assert.equal(isValidAbaRouting('733456785'), false); // 73
    assert.equal(isValidAbaRouting('813456786'), false); // 81
    assert.equal(isValidAbaRouting('993456787'), false); // 99
  });

  it('rejects all zeros (its checksum is 0)', () => {
    assert.equal(isValidAbaRouting('000000000'), false);
  });

  it('rejects wrong lengths and non-digits', () => {
    assert.equal(isValidAbaRouting('12345678'), false);
    assert.equal(isValidAbaRouting('1234567800'), false);
    assert.equal(isValidAbaRouting('12345678O'), false);
    assert.equal(isValidAbaRouting('1234-5678-0'), false);
    assert.equal(isValidAbaRouting(''), false);
  });
});

describe('isValidIban', () => {
  it('accepts the electronic form', () => {
    assert.equal(isValidIban('GB82WEST12345698765432'), true);
    assert.equal(isValidIban('DE89370400440532013000'), true);
    assert.equal(isValidIban('FR1420041010050500013M02606'), true);
    assert.equal(isValidIban('NL13TEST0123456789'), true);
    assert.equal(isValidIban('NO9386011117947'), true); // shortest (15)
  });

  it('accepts the print form in groups of four and lower case', () => {
    assert.equal(isValidIban('GB82 WEST 1234 5698 7654 32'), true);
    assert.equal(isValidIban('DE89 3704 0044 0532 0130 00'), true);
    assert.equal(isValidIban('gb82 west 1234 5698 7654 32'), true);
  });

  it('accepts check digits 02, 97 and 98, the ends of the range', () => {
    assert.equal(isValidIban('GB02TEST00000000000054'), true);
    assert.equal(isValidIban('GB97TEST00000000000090'), true);
    assert.equal(isValidIban('GB98TEST00000000000072'), true);
  });

  it('rejects a failed mod-97 check', () => {
    assert.equal(isValidIban('GB82WEST12345698765433'), false);
    assert.equal(isValidIban('GB28WEST12345698765432'), false);
  });

  it('rejects check digits 00, 01 and 99 even though mod 97 gives 1', () => {
    assert.equal(isValidIban('GB00TEST00000000000090'), false); // 00 = 97 mod 97
    assert.equal(isValidIban('GB01TEST00000000000072'), false); // 01 = 98 mod 97
    assert.equal(isValidIban('GB99TEST00000000000054'), false); // 99 = 02 mod 97
  });

  it('rejects non-digit check digits', () => {
    assert.equal(isValidIban('GBX2WEST12345698765432'), false);
  });

  it('rejects countries without IBANs or not in the table', () => {
    assert.equal(isValidIban('XX93TEST00000012345678'), false);
    assert.equal(isValidIban('US38TEST00000012345678'), false);
    assert.equal(isValidIban('1282WEST12345698765432'), false);
  });

  it("rejects a length other than the country's, even when mod 97 passes", () => {
    assert.equal(isValidIban('GB69TEST0000001234567'), false);
  });

  it('rejects spacing other than groups of four', () => {
    assert.equal(isValidIban('GB82 WEST12 3456 9876 5432'), false);
    assert.equal(isValidIban('GB82WEST 1234 5698 7654 32'), false);
    assert.equal(isValidIban('GB82  WEST 1234 5698 7654 32'), false);
    assert.equal(isValidIban('GB82 WEST 1234 5698 7654 32 '), false);
    assert.equal(isValidIban(' GB82 WEST 1234 5698 7654 32'), false);
  });

  it('rejects other characters and wrong overall lengths', () => {
    assert.equal(isValidIban('GB82-WEST-1234-5698-7654-32'), false);
    assert.equal(isValidIban('GB82WEST1234569876543\u00C9'), false);
    assert.equal(isValidIban('GB82WEST'), false);
    assert.equal(isValidIban(''), false);
  });
});
