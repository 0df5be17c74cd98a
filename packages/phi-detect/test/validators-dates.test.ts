import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  expandTwoDigitYear,
  isRealCalendarDate,
  MONTH_NAMES,
  monthFromName,
} from '../src/validators/index.ts';

describe('isRealCalendarDate', () => {
  it('accepts ordinary dates and month ends', () => {
    assert.equal(isRealCalendarDate(1987, 6, 15), true);
    assert.equal(isRealCalendarDate(2023, 1, 31), true);
    assert.equal(isRealCalendarDate(2023, 4, 30), true);
    assert.equal(isRealCalendarDate(2023, 12, 31), true);
    assert.equal(isRealCalendarDate(2023, 2, 28), true);
  });

  it('accepts February 29 in leap years, including 2000 (divisible by 400)', () => {
    assert.equal(isRealCalendarDate(2024, 2, 29), true);
    assert.equal(isRealCalendarDate(2000, 2, 29), true);
  });

  it('rejects February 29 in common years', () => {
    assert.equal(isRealCalendarDate(2023, 2, 29), false);
  });

  it('rejects February 29 in century years not divisible by 400', () => {
    assert.equal(isRealCalendarDate(1900, 2, 29), false);
    assert.equal(isRealCalendarDate(2100, 2, 29), false);
  });

  it('rejects February 30 even in leap years', () => {
    assert.equal(isRealCalendarDate(2024, 2, 30), false);
  });

  it('rejects day 31 in 30-day months', () => {
    for (const month of [4, 6, 9, 11]) {
      assert.equal(isRealCalendarDate(2023, month, 31), false, `month ${month}`);
    }
  });

  it('rejects day 0 and day 32', () => {
    assert.equal(isRealCalendarDate(2023, 1, 0), false);
    assert.equal(isRealCalendarDate(2023, 1, 32), false);
  });

  it('rejects month 0 and month 13', () => {
    assert.equal(isRealCalendarDate(2023, 0, 1), false);
    assert.equal(isRealCalendarDate(2023, 13, 1), false);
  });

  it('accepts the years 1850 and 2150 and rejects years outside them', () => {
    assert.equal(isRealCalendarDate(1850, 1, 1), true);
    assert.equal(isRealCalendarDate(2150, 12, 31), true);
    assert.equal(isRealCalendarDate(1849, 12, 31), false);
    assert.equal(isRealCalendarDate(2151, 1, 1), false);
  });

  it('rejects non-integers, NaN and infinities', () => {
    assert.equal(isRealCalendarDate(2023.5, 1, 1), false);
    assert.equal(isRealCalendarDate(2023, 1.5, 1), false);
    assert.equal(isRealCalendarDate(2023, 1, 1.5), false);
    assert.equal(isRealCalendarDate(Number.NaN, 1, 1), false);
    assert.equal(isRealCalendarDate(2023, Number.POSITIVE_INFINITY, 1), false);
  });
});

describe('expandTwoDigitYear', () => {
  it('keeps years up to 10 after the pivot in the pivot century', () => {
    assert.equal(expandTwoDigitYear(25, 2025), 2025);
    assert.equal(expandTwoDigitYear(0, 2025), 2000);
    assert.equal(expandTwoDigitYear(35, 2025), 2035);
  });

  it('moves years more than 10 after the pivot to the previous century', () => {
    assert.equal(expandTwoDigitYear(36, 2025), 1936);
    assert.equal(expandTwoDigitYear(52, 2025), 1952);
    assert.equal(expandTwoDigitYear(99, 2025), 1999);
  });

  it('moves years more than 89 before the pivot to the next century', () => {
    assert.equal(expandTwoDigitYear(3, 2095), 2103);
    assert.equal(expandTwoDigitYear(6, 2095), 2006);
  });

  it('works with pivots near a century boundary', () => {
    assert.equal(expandTwoDigitYear(5, 1999), 2005);
    assert.equal(expandTwoDigitYear(10, 1999), 1910);
    assert.equal(expandTwoDigitYear(99, 2000), 1999);
  });

  it('returns NaN for a year outside 0-99 or a non-integer', () => {
    assert.ok(Number.isNaN(expandTwoDigitYear(100, 2025)));
    assert.ok(Number.isNaN(expandTwoDigitYear(-1, 2025)));
    assert.ok(Number.isNaN(expandTwoDigitYear(1.5, 2025)));
    assert.ok(Number.isNaN(expandTwoDigitYear(Number.NaN, 2025)));
  });

  it('returns NaN for a non-integer pivot', () => {
    assert.ok(Number.isNaN(expandTwoDigitYear(25, 2025.5)));
    assert.ok(Number.isNaN(expandTwoDigitYear(25, Number.NaN)));
  });
});

describe('monthFromName', () => {
  it('lists the twelve months in order', () => {
    assert.equal(MONTH_NAMES.length, 12);
    assert.equal(MONTH_NAMES[0], 'january');
    assert.equal(MONTH_NAMES[11], 'december');
  });

  it('accepts every full name and three-letter abbreviation', () => {
    MONTH_NAMES.forEach((name, i) => {
      assert.equal(monthFromName(name), i + 1, name);
      assert.equal(monthFromName(name.slice(0, 3)), i + 1, name.slice(0, 3));
    });
  });

  it('is case-insensitive', () => {
    assert.equal(monthFromName('January'), 1);
    assert.equal(monthFromName('JAN'), 1);
    assert.equal(monthFromName('dEcEmBeR'), 12);
  });

  it('accepts Sept', () => {
    assert.equal(monthFromName('Sept'), 9);
    assert.equal(monthFromName('SEPT.'), 9);
  });

  it('accepts one trailing dot', () => {
    assert.equal(monthFromName('Jan.'), 1);
    assert.equal(monthFromName('May.'), 5);
  });

  it('rejects two dots and a leading dot', () => {
    assert.equal(monthFromName('Jan..'), undefined);
    assert.equal(monthFromName('.Jan'), undefined);
  });

  it('rejects other prefixes and misspellings', () => {
    assert.equal(monthFromName('Ja'), undefined);
    assert.equal(monthFromName('Janu'), undefined);
    assert.equal(monthFromName('Septem'), undefined);
    assert.equal(monthFromName('Marc'), undefined);
    assert.equal(monthFromName('Febuary'), undefined);
  });

  it('rejects surrounding spaces, other words and empty input', () => {
    assert.equal(monthFromName(' Jan'), undefined);
    assert.equal(monthFromName('Jan '), undefined);
    assert.equal(monthFromName('Monday'), undefined);
    assert.equal(monthFromName('.'), undefined);
    assert.equal(monthFromName(''), undefined);
  });
});
