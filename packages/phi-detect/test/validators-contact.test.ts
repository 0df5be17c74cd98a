// Validators for phone numbers and IP addresses. Phone numbers use the fictional 555-01XX
// range and the UK Ofcom drama range (020 7946 0xxx); IP addresses use the documentation
// ranges 192.0.2.0/24 (RFC 5737) and 2001:db8::/32 (RFC 3849).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  isPlausibleInternationalNumber,
  isValidIpv4,
  isValidIpv6,
  isValidNanpNumber,
} from '../src/validators/index.ts';

describe('isValidNanpNumber', () => {
  it('accepts the usual written forms', () => {
    assert.equal(isValidNanpNumber('(212) 555-0142'), true);
    assert.equal(isValidNanpNumber('(212)555-0142'), true);
    assert.equal(isValidNanpNumber('212-555-0142'), true);
    assert.equal(isValidNanpNumber('212.555.0142'), true);
    assert.equal(isValidNanpNumber('212 555 0142'), true);
    assert.equal(isValidNanpNumber('2125550142'), true);
  });

  it('accepts the country code 1, with or without +', () => {
    assert.equal(isValidNanpNumber('+1 212 555 0142'), true);
    assert.equal(isValidNanpNumber('+1 (212) 555-0142'), true);
    assert.equal(isValidNanpNumber('1-212-555-0142'), true);
    assert.equal(isValidNanpNumber('1 (212) 555-0142'), true);
    assert.equal(isValidNanpNumber('+12125550142'), true);
    assert.equal(isValidNanpNumber('12125550142'), true);
  });

  it('rejects an area code starting with 0 or 1', () => {
    assert.equal(isValidNanpNumber('(012) 555-0142'), false);
    assert.equal(isValidNanpNumber('112-555-0142'), false);
  });

  it('rejects an N9X area code (reserved for expansion)', () => {
    assert.equal(isValidNanpNumber('292-555-0142'), false);
    assert.equal(isValidNanpNumber('+1 999 555 0142'), false);
  });

  it('rejects an N11 area code (service codes)', () => {
    assert.equal(isValidNanpNumber('911-555-0142'), false);
    assert.equal(isValidNanpNumber('211-555-0142'), false);
  });

  it('rejects an exchange starting with 0 or 1', () => {
    assert.equal(isValidNanpNumber('212-055-0142'), false);
    assert.equal(isValidNanpNumber('212-155-0142'), false);
  });

  it('rejects an N11 exchange', () => {
    assert.equal(isValidNanpNumber('212-411-0142'), false);
    assert.equal(isValidNanpNumber('212-911-0142'), false);
  });

  it('rejects a single repeated digit', () => {
    assert.equal(isValidNanpNumber('222-222-2222'), false);
    assert.equal(isValidNanpNumber('1-888-888-8888'), false);
  });

  it('rejects 11 digits not starting with 1, and + without country code 1', () => {
    assert.equal(isValidNanpNumber('2-212-555-0142'), false);
    assert.equal(isValidNanpNumber('+2 212 555 0142'), false);
    assert.equal(isValidNanpNumber('+212 555 0142'), false);
  });

  it('rejects too few or too many digits', () => {
    assert.equal(isValidNanpNumber('212-555-014'), false);
    assert.equal(isValidNanpNumber('212-555-01422'), false);
    assert.equal(isValidNanpNumber('1-212-555-01422'), false);
  });

  it('rejects separators inside a group', () => {
    assert.equal(isValidNanpNumber('21-2555-0142'), false);
    assert.equal(isValidNanpNumber('212-55-50142'), false);
    assert.equal(isValidNanpNumber('212-555-01-42'), false);
  });

  it('rejects parentheses not exactly around the area code', () => {
    assert.equal(isValidNanpNumber('(2125) 55-0142'), false);
    assert.equal(isValidNanpNumber('(212 555-0142'), false);
    assert.equal(isValidNanpNumber('212) 555-0142'), false);
    assert.equal(isValidNanpNumber('(1) 212 555 0142'), false);
    assert.equal(isValidNanpNumber('((212)) 555-0142'), false);
  });

  it('rejects + anywhere but the start, and other characters', () => {
    assert.equal(isValidNanpNumber('1+212 555 0142'), false);
    assert.equal(isValidNanpNumber('212-555-0142 x12'), false);
    assert.equal(isValidNanpNumber('212/555/0142'), false);
    assert.equal(isValidNanpNumber(''), false);
  });
});

describe('isPlausibleInternationalNumber', () => {
  it('accepts + with 8-15 digits and common grouping', () => {
    assert.equal(isPlausibleInternationalNumber('+44 20 7946 0018'), true);
    assert.equal(isPlausibleInternationalNumber('+44 (0)20 7946 0018'), true);
    assert.equal(isPlausibleInternationalNumber('+442079460018'), true);
    assert.equal(isPlausibleInternationalNumber('+33-1-23-45-67-89'), true);
    assert.equal(isPlausibleInternationalNumber('+49.151.2345.6789'), true);
    assert.equal(isPlausibleInternationalNumber('+3312345678'), true); // 10 digits
    assert.equal(isPlausibleInternationalNumber('+49 1234 5678'), true); // 10 digits
    assert.equal(isPlausibleInternationalNumber('+92345678'), true); // 8
    assert.equal(isPlausibleInternationalNumber('+861234567890123'), true); // 15
  });

  it('accepts +1 numbers that are valid NANP numbers', () => {
    assert.equal(isPlausibleInternationalNumber('+1 212 555 0142'), true);
  });

  it('rejects +1 numbers that break NANP rules', () => {
    assert.equal(isPlausibleInternationalNumber('+1 911 555 0142'), false);
    assert.equal(isPlausibleInternationalNumber('+1 212 555 01'), false);
  });

  it('rejects a missing +', () => {
    assert.equal(isPlausibleInternationalNumber('44 20 7946 0018'), false);
    assert.equal(isPlausibleInternationalNumber('0044 20 7946 0018'), false);
  });

  it('rejects a country code starting with 0', () => {
    assert.equal(isPlausibleInternationalNumber('+044 20 7946 0018'), false);
  });

  it('rejects fewer than 8 or more than 15 digits', () => {
    assert.equal(isPlausibleInternationalNumber('+44 79460'), false);
    assert.equal(isPlausibleInternationalNumber('+4420794'), false);
    assert.equal(isPlausibleInternationalNumber('+8612345678901234'), false);
  });

  it('rejects a single repeated digit', () => {
    assert.equal(isPlausibleInternationalNumber('+22222222222'), false);
  });

  it('rejects doubled, leading or trailing separators', () => {
    assert.equal(isPlausibleInternationalNumber('+44  20 7946 0018'), false);
    assert.equal(isPlausibleInternationalNumber('+ 44 20 7946 0018'), false);
    assert.equal(isPlausibleInternationalNumber('+44 20 7946 0018 '), false);
  });

  it('rejects unbalanced or repeated parentheses', () => {
    assert.equal(isPlausibleInternationalNumber('+44 (0 20 7946 0018'), false);
    assert.equal(isPlausibleInternationalNumber('+44 0) 20 7946 0018'), false);
    assert.equal(isPlausibleInternationalNumber('+44 (0) (20) 7946 0018'), false);
  });

  it('rejects other characters', () => {
    assert.equal(isPlausibleInternationalNumber('+44 20 7946 001B'), false);
    assert.equal(isPlausibleInternationalNumber('+44/20/7946/0018'), false);
    assert.equal(isPlausibleInternationalNumber(''), false);
  });
});

describe('isValidIpv4', () => {
  it('accepts four dotted octets 0-255', () => {
    assert.equal(isValidIpv4('192.0.2.1'), true);
    assert.equal(isValidIpv4('0.0.0.0'), true);
    assert.equal(isValidIpv4('255.255.255.255'), true);
    assert.equal(isValidIpv4('198.51.100.10'), true);
  });

  it('rejects octets above 255', () => {
    assert.equal(isValidIpv4('256.0.2.1'), false);
    assert.equal(isValidIpv4('192.0.2.1000'), false);
  });

  it('rejects leading zeros', () => {
    assert.equal(isValidIpv4('192.0.02.1'), false);
    assert.equal(isValidIpv4('192.000.2.1'), false);
    assert.equal(isValidIpv4('01.0.2.1'), false);
  });

  it('rejects other than four octets', () => {
    assert.equal(isValidIpv4('192.0.2'), false);
    assert.equal(isValidIpv4('192.0.2.1.5'), false);
  });

  it('rejects empty octets', () => {
    assert.equal(isValidIpv4('192..2.1'), false);
    assert.equal(isValidIpv4('.192.0.2'), false);
    assert.equal(isValidIpv4('192.0.2.1.'), false);
  });

  it('rejects other characters', () => {
    assert.equal(isValidIpv4('192.0.2.a'), false);
    assert.equal(isValidIpv4('192.0.2.-1'), false);
    assert.equal(isValidIpv4(' 192.0.2.1'), false);
    assert.equal(isValidIpv4('192.0.2.1/24'), false);
    assert.equal(isValidIpv4(''), false);
  });
});

describe('isValidIpv6', () => {
  it('accepts the full form', () => {
    assert.equal(isValidIpv6('2001:0db8:0000:0000:0000:ff00:0042:8329'), true);
    assert.equal(isValidIpv6('2001:db8:0:0:0:0:0:1'), true);
    assert.equal(isValidIpv6('2001:DB8:0:0:0:0:0:1'), true);
  });

  it('accepts one :: anywhere', () => {
    assert.equal(isValidIpv6('::'), true);
    assert.equal(isValidIpv6('::1'), true);
    assert.equal(isValidIpv6('2001:db8::1'), true);
    assert.equal(isValidIpv6('2001:db8::'), true);
    assert.equal(isValidIpv6('1:2:3:4:5:6:7::'), true);
    assert.equal(isValidIpv6('::2:3:4:5:6:7:8'), true);
  });

  it('accepts an embedded IPv4 tail', () => {
    assert.equal(isValidIpv6('::ffff:192.0.2.1'), true);
    assert.equal(isValidIpv6('::192.0.2.1'), true);
    assert.equal(isValidIpv6('1:2:3:4:5:6:192.0.2.1'), true);
  });

  it('rejects more than one ::', () => {
    assert.equal(isValidIpv6('2001::db8::1'), false);
    assert.equal(isValidIpv6(':::'), false);
    assert.equal(isValidIpv6('1:::2'), false);
  });

  it('rejects other than 8 groups without ::, and 8 or more with ::', () => {
    assert.equal(isValidIpv6('1:2:3:4:5:6:7'), false);
    assert.equal(isValidIpv6('1:2:3:4:5:6:7:8:9'), false);
    assert.equal(isValidIpv6('1:2:3:4:5:6:7::8'), false);
    assert.equal(isValidIpv6('1:2:3:4:5:6:7:8::'), false);
    assert.equal(isValidIpv6('1:2:3:4:5:6:7:192.0.2.1'), false);
  });

  it('rejects groups of more than 4 or no hex digits', () => {
    assert.equal(isValidIpv6('2001:0db80::1'), false);
    assert.equal(isValidIpv6('2001:db8:::1'), false);
    assert.equal(isValidIpv6(':2001:db8::1'), false);
    assert.equal(isValidIpv6('2001:db8::1:'), false);
  });

  it('rejects non-hex characters', () => {
    assert.equal(isValidIpv6('2001:db8::g1'), false);
    assert.equal(isValidIpv6('2001:db8:: 1'), false);
  });

  it('rejects a zone id, brackets and a prefix length', () => {
    assert.equal(isValidIpv6('fe80::1%eth0'), false);
    assert.equal(isValidIpv6('[2001:db8::1]'), false);
    assert.equal(isValidIpv6('2001:db8::/32'), false);
  });

  it('rejects an IPv4 part that is invalid or not at the end', () => {
    assert.equal(isValidIpv6('::ffff:256.0.2.1'), false);
    assert.equal(isValidIpv6('::ffff:192.0.02.1'), false);
    assert.equal(isValidIpv6('::192.0.2.1:1'), false);
    assert.equal(isValidIpv6('192.0.2.1::'), false);
    assert.equal(isValidIpv6('::ffff:192.0.2'), false);
  });

  it('rejects a bare IPv4 address and empty input', () => {
    assert.equal(isValidIpv6('192.0.2.1'), false);
    assert.equal(isValidIpv6(''), false);
    assert.equal(isValidIpv6(':'), false);
  });
});
