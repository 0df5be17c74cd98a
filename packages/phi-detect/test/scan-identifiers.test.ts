import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { found, valuesOf } from './helpers.ts';

describe('numbers with validators', () => {
  it('finds SSNs that pass the SSA rules, with or without separators when a keyword is near', () => {
    assert.deepEqual(valuesOf('Her SSN is 219-45-6789.', 'SSN'), ['219-45-6789']);
    assert.deepEqual(valuesOf('social security 219 45 6789', 'SSN'), ['219 45 6789']);
    assert.deepEqual(valuesOf('ssn: 219456789', 'SSN'), ['219456789']);
  });
  it('does not report impossible SSNs or bare nine-digit numbers without a keyword', () => {
    assert.deepEqual(valuesOf('ref 666-12-3456 and 000-12-3456', 'SSN'), []);
    assert.deepEqual(valuesOf('Case 219456789 was closed', 'SSN'), []);
  });
  it('does not take the digits of a member id for an SSN when "SSN" is near (found by the local org e2e)', () => {
    const text = 'Your SSN 512-44-8736 and member ID XKW884512307 are on file.';
    assert.deepEqual(valuesOf(text, 'SSN'), ['512-44-8736']);
    assert.deepEqual(valuesOf(text, 'HEALTH_PLAN_ID'), ['XKW884512307']);
    assert.deepEqual(valuesOf('SSN on file: 219456789X', 'SSN'), []);
  });
  it('finds Luhn-valid card numbers and ignores Luhn-invalid ones', () => {
    assert.deepEqual(valuesOf('card 4111 1111 1111 1111 on file', 'CREDIT_CARD'), [
      '4111 1111 1111 1111',
    ]);
    assert.deepEqual(valuesOf('paid with 4111-1111-1111-1112', 'CREDIT_CARD'), []);
  });
  it('finds NANP phone numbers in common formats, with extensions', () => {
    for (const phone of [
      '(212) 555-0142',
      '212.555.0142',
      '+1 212 555 0142',
      '1-212-555-0142',
      '212-555-0142 ext. 42',
    ]) {
      assert.deepEqual(valuesOf(`Call me at ${phone} today`, 'PHONE'), [phone], phone);
    }
  });
  it('finds international phone numbers near a phone word', () => {
    assert.deepEqual(valuesOf('Phone: 0490 75 40 81', 'PHONE'), ['0490 75 40 81']);
    assert.deepEqual(valuesOf('Desk: +41 (0)96 471 07 95', 'PHONE'), ['+41 (0)96 471 07 95']);
  });
  it('does not take prices, times or order numbers for phones', () => {
    assert.deepEqual(
      valuesOf('Order 555 1234 567 shipped; total $1,234.56 at 3:45 PM', 'PHONE'),
      [],
    );
  });
  it('finds email addresses and URLs', () => {
    assert.deepEqual(
      found('Write to jane.doe+claims@example.org or see https://portal.example.com/p/123.'),
      ['EMAIL:jane.doe+claims@example.org', 'URL:https://portal.example.com/p/123'],
    );
  });
  it('finds IPv4 and IPv6 addresses, not version numbers', () => {
    assert.deepEqual(
      valuesOf('login from 192.168.10.24 and 2001:db8::8a2e:370:7334', 'IP_ADDRESS'),
      ['192.168.10.24', '2001:db8::8a2e:370:7334'],
    );
    assert.deepEqual(valuesOf('upgrade to version 10.2.3.4', 'IP_ADDRESS'), []);
    assert.deepEqual(valuesOf('address 300.1.1.1', 'IP_ADDRESS'), []);
  });
});

describe('identifiers after a keyword', () => {
  it('finds a bracketed code later in the sentence of its keyword, not past the sentence', () => {
    const text = 'It does not match the serial the hospital sent us (PJN123465H). Thanks';
    assert.deepEqual(valuesOf(text, 'DEVICE_ID'), ['PJN123465H']);
    assert.deepEqual(
      valuesOf('We checked the serial. Order (PJN123465H) shipped', 'DEVICE_ID'),
      [],
    );
  });
  it('reads the value after member, MRN, claim, license, VIN and serial keywords', () => {
    assert.deepEqual(found('Member ID: XWH123456789'), ['HEALTH_PLAN_ID:XWH123456789']);
    assert.deepEqual(found('MRN 00482913'), ['MRN:00482913']);
    assert.deepEqual(found('medical record #A1029384'), ['MRN:A1029384']);
    assert.deepEqual(found('claim # 2024-118833'), ['ACCOUNT_NUMBER:2024-118833']);
    assert.deepEqual(found("driver's license number F1628235"), ['LICENSE_NUMBER:F1628235']);
    assert.deepEqual(found('pacemaker serial PJN123456H'), [
      'CLINICAL:pacemaker',
      'DEVICE_ID:PJN123456H',
    ]);
  });
  it('reads the value after the abbreviations CSRs and EHR exports use', () => {
    const cases: [string, string][] = [
      ['EMR# 88-1203', 'MRN:88-1203'],
      ['EMPI 100293847', 'MRN:100293847'],
      ['hosp # 4471203', 'MRN:4471203'],
      ['mbr 99120034', 'HEALTH_PLAN_ID:99120034'],
      ['grp 0044512', 'HEALTH_PLAN_ID:0044512'],
      ['RxGrp CVSPHARM2', 'HEALTH_PLAN_ID:CVSPHARM2'],
      ['clm 2024112200451', 'ACCOUNT_NUMBER:2024112200451'],
      ['pol# 88-4410-2291 - sub', 'HEALTH_PLAN_ID:88-4410-2291'],
      ['alt ID 5520-118-0073 on file', 'HEALTH_PLAN_ID:5520-118-0073'],
      ['state med lic MD-0471182.', 'LICENSE_NUMBER:MD-0471182'],
      ['subscriber ssn ending 3081', 'SSN:3081'],
    ];
    for (const [text, finding] of cases) assert.deepEqual(found(text), [finding], text);
    assert.deepEqual(found('the sub was late 2 days'), []);
  });
  it('finds Medicare MBIs, VINs and IBANs by their check rules alone', () => {
    assert.deepEqual(valuesOf('the card shows 1EG4-TE5-MK73', 'HEALTH_PLAN_ID'), ['1EG4-TE5-MK73']);
    assert.deepEqual(valuesOf('car 1HGCM82633A004352 was towed', 'VEHICLE_ID'), [
      '1HGCM82633A004352',
    ]);
    assert.deepEqual(valuesOf('pay to GB82 WEST 1234 5698 7654 32', 'ACCOUNT_NUMBER'), [
      'GB82 WEST 1234 5698 7654 32',
    ]);
  });
  it('does not read a keyword inside a log token ("view_claim")', () => {
    assert.deepEqual(valuesOf('view_claim\n2024-05-14T10:02:11Z', 'ACCOUNT_NUMBER'), []);
  });
  it('does not take IT tickets for letter-prefixed member IDs', () => {
    assert.deepEqual(found('Portal down per IT INC0045521, resolved.'), []);
    assert.deepEqual(valuesOf('ID card shows XWH123456789', 'HEALTH_PLAN_ID'), ['XWH123456789']);
  });
  it('does not read plain words after a keyword as identifiers', () => {
    assert.deepEqual(found('Your member benefits include vision care.'), []);
  });
});

describe('dates and ages', () => {
  it('finds real dates in numeric and written forms', () => {
    for (const date of ['03/14/1962', '2024-03-04', 'March 4th, 2024', '4 Mar 2024', '3/4/24']) {
      assert.deepEqual(valuesOf(`DOB ${date}`, 'DATE'), [date], date);
    }
  });
  it('finds dates written with ordinal words, weekdays, dashes around a month, or eight digits', () => {
    const cases: [string, string][] = [
      ['appt on the fifth of March', 'fifth of March'],
      ['March the twenty first, 2024 works', 'March the twenty first, 2024'],
      ['seen Thursday the 18th', 'Thursday the 18th'],
      ['DOS Mar-04-2024', 'Mar-04-2024'],
      ['DOB 19580722 per mbr', '19580722'],
      ['dob 07221958', '07221958'],
      ['d.o.b 07.22.1958', '07.22.1958'],
      ['rescheduled to on march 4', 'march 4'],
    ];
    for (const [text, date] of cases) assert.deepEqual(valuesOf(text, 'DATE'), [date], text);
  });
  it('finds billing-system stamps, Spanish dates and month/day after status words', () => {
    const cases: [string, string][] = [
      ['Service: 04MAR24  MRI', '04MAR24'],
      ['mi cita es el 12 de abril y', '12 de abril'],
      ['Medicaid shows termed 12/31 for missed renewal', '12/31'],
      ['PCP change eff 4/1.', '4/1'],
    ];
    for (const [text, date] of cases) assert.deepEqual(valuesOf(text, 'DATE'), [date], text);
    assert.deepEqual(valuesOf('take 1/2 tab daily; Order 4MAR2024X', 'DATE'), []);
  });
  it('needs a date word for eight digits and lowercase everyday month words', () => {
    assert.deepEqual(valuesOf('Case 20240304 closed', 'DATE'), []);
    assert.deepEqual(valuesOf('we march 4 miles', 'DATE'), []);
    assert.deepEqual(valuesOf('the thirty-second of March', 'DATE'), []);
    assert.deepEqual(valuesOf('DOB 19581322', 'DATE'), []);
  });
  it('does not read version numbers as dotted dates', () => {
    assert.deepEqual(valuesOf('should be updated to 3.4.11 today', 'DATE'), []);
    assert.deepEqual(valuesOf('firmware 03.04.11 ok', 'DATE'), []);
    assert.deepEqual(valuesOf('seen 03.04.11 in clinic', 'DATE'), ['03.04.11']);
  });
  it('rejects impossible dates and bare years', () => {
    assert.deepEqual(valuesOf('DOB 02/30/1962', 'DATE'), []);
    assert.deepEqual(valuesOf('The 2024 plan year starts soon', 'DATE'), []);
  });
  it('finds ages of 90 and over only', () => {
    assert.deepEqual(valuesOf('a 94-year-old member; her sister is 85 years old', 'AGE_OVER_89'), [
      '94-year-old',
    ]);
    assert.deepEqual(valuesOf('patient aged 91', 'AGE_OVER_89'), ['91']);
  });
  it('finds spelled-out ages, ages after a subject and age-sex shorthand', () => {
    const cases: [string, string][] = [
      ['Pt is ninety-four years old.', 'ninety-four years old'],
      ['aged ninety one', 'ninety one'],
      ['mbr turned ninety last week', 'ninety'],
      ['pt is 97 and lives alone', '97'],
      ['(91 M) with CHF', '91'],
      ['92F, fall at home', '92'],
    ];
    for (const [text, age] of cases) assert.deepEqual(valuesOf(text, 'AGE_OVER_89'), [age], text);
  });
  it('does not read percentages, durations or temperatures as ages', () => {
    for (const text of [
      'member is 95% covered',
      'she turned 90 days ago',
      'temp 99F overnight',
      'fever of 101 F',
      'ninety days supply',
      'pt is 88',
    ]) {
      assert.deepEqual(valuesOf(text, 'AGE_OVER_89'), [], text);
    }
  });
});
