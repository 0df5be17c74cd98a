/**
 * System.Date, Datetime and Time, against the examples of the Apex Reference
 * (apex_methods_system_date.htm, apex_methods_system_datetime.htm, apex_methods_system_time.htm).
 * The runtime user's time zone is GMT, so examples written for PST are restated in GMT.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApexDate, ApexDatetime, ApexTime, UnsupportedError } from '../src/values.ts';
import type { ApexValue } from '../src/values.ts';
import { datetimeClasses } from '../src/stdlib/datetime/index.ts';
import { formatPrimitive } from '../src/stdlib/numbers/index.ts';
import type { NativeClass } from '../src/natives.ts';
import { apexErrorOf, callOn, callStatic, PINNED_NOW } from './stdlib-fake-context.ts';

const classNamed = (name: string): NativeClass => {
  const found = datetimeClasses.find((cls) => cls.name === name);
  assert.ok(found, name);
  return found;
};
const DateClass = classNamed('System.Date');
const DatetimeClass = classNamed('System.Datetime');
const TimeClass = classNamed('System.Time');

const date = (y: number, m: number, d: number): ApexDate => new ApexDate(y, m, d);
const gmt = (...fields: number[]): ApexDatetime =>
  callStatic(
    DatetimeClass,
    `newInstanceGmt(${fields.map(() => 'Integer').join(',')})`,
    fields,
  ) as ApexDatetime;
const onDate = (self: ApexDate, signature: string, ...args: ApexValue[]): ApexValue =>
  callOn(DateClass, self, signature, args);
const onDatetime = (self: ApexDatetime, signature: string, ...args: ApexValue[]): ApexValue =>
  callOn(DatetimeClass, self, signature, args);

describe('System.Date', () => {
  it('newInstance, components, dayOfYear (1998-10-21 is day 294)', () => {
    const d = callStatic(
      DateClass,
      'newInstance(Integer,Integer,Integer)',
      [1989, 4, 21],
    ) as ApexDate;
    assert.deepEqual(d, date(1989, 4, 21));
    assert.equal(onDate(d, 'day()'), 21);
    assert.equal(onDate(d, 'month()'), 4);
    assert.equal(onDate(d, 'year()'), 1989);
    assert.equal(onDate(date(1998, 10, 21), 'dayOfYear()'), 294);
    assert.throws(
      () => callStatic(DateClass, 'newInstance(Integer,Integer,Integer)', [2023, 2, 29]),
      UnsupportedError,
    );
  });

  it('adds days, months and years (1990-11-21 + 3 months = 1991-02-21)', () => {
    assert.deepEqual(onDate(date(1960, 2, 17), 'addDays(Integer)', 2), date(1960, 2, 19));
    assert.deepEqual(onDate(date(1990, 11, 21), 'addMonths(Integer)', 3), date(1991, 2, 21));
    assert.deepEqual(onDate(date(2024, 1, 31), 'addMonths(Integer)', 1), date(2024, 2, 29));
    assert.deepEqual(onDate(date(1983, 7, 15), 'addYears(Integer)', 2), date(1985, 7, 15));
    assert.deepEqual(onDate(date(2024, 2, 29), 'addYears(Integer)', 1), date(2025, 2, 28));
  });

  it('daysBetween and monthsBetween (2006-12-02 to 2012-12-08 is 72 months)', () => {
    assert.equal(onDate(date(2008, 1, 1), 'daysBetween(Date)', date(2008, 1, 30)), 29);
    assert.equal(onDate(date(2008, 1, 30), 'daysBetween(Date)', date(2008, 1, 1)), -29);
    assert.equal(onDate(date(2006, 12, 2), 'monthsBetween(Date)', date(2012, 12, 8)), 72);
  });

  it('static helpers: daysInMonth, isLeapYear, today', () => {
    assert.equal(callStatic(DateClass, 'daysInMonth(Integer,Integer)', [1960, 2]), 29);
    assert.equal(callStatic(DateClass, 'isLeapYear(Integer)', [2004]), true);
    assert.equal(callStatic(DateClass, 'isLeapYear(Integer)', [1900]), false);
    assert.deepEqual(callStatic(DateClass, 'today()'), date(2026, 11, 22));
  });

  it('format, toStartOfMonth, toStartOfWeek, isSameDay', () => {
    assert.equal(onDate(date(2001, 3, 21), 'format()'), '3/21/2001');
    assert.deepEqual(onDate(date(1987, 12, 17), 'toStartOfMonth()'), date(1987, 12, 1));
    // en_US weeks start on Sunday; 2026-11-22 is a Sunday, 2026-11-25 a Wednesday.
    assert.deepEqual(onDate(date(2026, 11, 25), 'toStartOfWeek()'), date(2026, 11, 22));
    assert.deepEqual(onDate(date(2026, 11, 22), 'toStartOfWeek()'), date(2026, 11, 22));
    assert.equal(onDate(date(2008, 1, 30), 'isSameDay(Date)', date(2008, 1, 30)), true);
  });

  it('valueOf and parse', () => {
    assert.deepEqual(
      callStatic(DateClass, 'valueOf(String)', ['2008-10-5 12:20:20']),
      date(2008, 10, 5),
    );
    assert.deepEqual(callStatic(DateClass, 'valueOf(String)', ['2026-11-22']), date(2026, 11, 22));
    assert.deepEqual(
      apexErrorOf(() => callStatic(DateClass, 'valueOf(String)', ['22/11/2026'])),
      {
        type: 'System.TypeException',
        message: 'Invalid date: 22/11/2026',
      },
    );
    assert.deepEqual(callStatic(DateClass, 'parse(String)', ['12/27/2009']), date(2009, 12, 27));
    assert.deepEqual(
      callStatic(DateClass, 'valueOf(Object)', [gmt(2020, 5, 6, 23, 0, 0)]),
      date(2020, 5, 6),
    );
  });
});

describe('System.Datetime', () => {
  it('newInstanceGmt and getTime (2007-06-23 03:03:03 GMT is 1182567783000)', () => {
    assert.equal(onDatetime(gmt(2007, 6, 23, 3, 3, 3), 'getTime()'), 1182567783000n);
    assert.deepEqual(
      callStatic(DatetimeClass, 'newInstance(Long)', [1341828183000n]),
      gmt(2012, 7, 9, 10, 3, 3),
    );
    const combined = callStatic(DatetimeClass, 'newInstanceGmt(Date,Time)', [
      date(2013, 11, 12),
      new ApexTime(3 * 3600000 + 3 * 60000 + 3000),
    ]);
    assert.deepEqual(combined, gmt(2013, 11, 12, 3, 3, 3));
  });

  it('now() reads the runtime clock', () => {
    assert.deepEqual(callStatic(DatetimeClass, 'now()'), new ApexDatetime(PINNED_NOW));
  });

  it('formatGmt with SimpleDateFormat patterns', () => {
    const t = gmt(2030, 1, 1, 8, 5, 9);
    assert.equal(
      onDatetime(t, 'formatGmt(String)', "yyyy-MM-dd'T'HH:mm:ss'Z'"),
      '2030-01-01T08:05:09Z',
    );
    assert.equal(
      onDatetime(t, 'formatGmt(String)', "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'"),
      '2030-01-01T08:05:09.000Z',
    );
    // The doc's PST example: 1993-06-06 03:03:03 PST is 10:03:03 GMT on a Sunday.
    assert.equal(
      onDatetime(gmt(1993, 6, 6, 10, 3, 3), 'formatGmt(String)', 'EEE, MMM d yyyy HH:mm:ss'),
      'Sun, Jun 6 1993 10:03:03',
    );
    assert.equal(
      onDatetime(gmt(2022, 5, 4, 19, 37, 55), 'format(String)', 'yyyy-MM-dd h:mm a'),
      '2022-05-04 7:37 PM',
    );
    assert.equal(
      onDatetime(t, 'formatGmt(String)', "EEEE, MMMM dd ''yy z Z XXX"),
      "Tuesday, January 01 '30 GMT +0000 Z",
    );
    assert.equal(onDatetime(t, 'formatGmt(String)', "h 'o''clock'"), "8 o'clock");
    assert.throws(() => onDatetime(t, 'formatGmt(String)', 'YYYY'), UnsupportedError);
  });

  it('format(pattern, timezone) converts to the zone (2011-06-01 12:01:05 GMT is 08:01:05 in New York)', () => {
    const t = gmt(2011, 6, 1, 12, 1, 5);
    assert.equal(
      onDatetime(t, 'format(String,String)', 'MM/dd/yyyy HH:mm:ss', 'America/New_York'),
      '06/01/2011 08:01:05',
    );
    assert.equal(onDatetime(t, 'format(String,String)', 'HH:mm Z', 'GMT+05:30'), '17:31 +0530');
    // "If the supplied time zone is not in the correct format, GMT is used."
    assert.equal(onDatetime(t, 'format(String,String)', 'HH:mm', 'Not/A_Zone'), '12:01');
  });

  it('format() uses the en_US ICU form (6/6/1993, 3:03 AM)', () => {
    assert.equal(onDatetime(gmt(1993, 6, 6, 3, 3, 3), 'format()'), '6/6/1993, 3:03 AM');
  });

  it('adds units and keeps the time when adding months', () => {
    const t = gmt(1997, 1, 31, 7, 8, 16);
    assert.deepEqual(onDatetime(t, 'addHours(Integer)', 3), gmt(1997, 1, 31, 10, 8, 16));
    assert.deepEqual(
      onDatetime(gmt(1999, 2, 11, 8, 6, 16), 'addMinutes(Integer)', 7),
      gmt(1999, 2, 11, 8, 13, 16),
    );
    assert.deepEqual(
      onDatetime(gmt(2001, 7, 19, 10, 7, 12), 'addSeconds(Integer)', 4),
      gmt(2001, 7, 19, 10, 7, 16),
    );
    assert.deepEqual(onDatetime(gmt(1960, 2, 17), 'addDays(Integer)', 2), gmt(1960, 2, 19));
    assert.deepEqual(
      onDatetime(gmt(2000, 7, 7, 7, 8, 12), 'addMonths(Integer)', 1),
      gmt(2000, 8, 7, 7, 8, 12),
    );
    assert.deepEqual(
      onDatetime(gmt(2009, 12, 17, 13, 6, 6), 'addYears(Integer)', 1),
      gmt(2010, 12, 17, 13, 6, 6),
    );
    assert.deepEqual(onDatetime(t, 'addMinutes(Integer)', -10), gmt(1997, 1, 31, 6, 58, 16));
  });

  it('reads components (February 5, 2008 08:30:12 is day 36)', () => {
    const t = gmt(2008, 2, 5, 8, 30, 12);
    assert.equal(onDatetime(t, 'dayOfYear()'), 36);
    assert.equal(onDatetime(t, 'dayOfYearGmt()'), 36);
    assert.equal(onDatetime(t, 'year()'), 2008);
    assert.equal(onDatetime(t, 'monthGmt()'), 2);
    assert.equal(onDatetime(t, 'day()'), 5);
    assert.equal(onDatetime(t, 'hourGmt()'), 8);
    assert.equal(onDatetime(t, 'minute()'), 30);
    assert.equal(onDatetime(t, 'second()'), 12);
    assert.equal(onDatetime(new ApexDatetime(PINNED_NOW), 'millisecond()'), 250);
    assert.deepEqual(onDatetime(t, 'date()'), date(2008, 2, 5));
    assert.deepEqual(onDatetime(t, 'timeGmt()'), new ApexTime((8 * 3600 + 30 * 60 + 12) * 1000));
    assert.equal(onDatetime(t, 'isSameDay(Datetime)', gmt(2008, 2, 5, 23, 59, 59)), true);
  });

  it('valueOf / valueOfGmt read yyyy-MM-dd HH:mm:ss', () => {
    assert.deepEqual(
      callStatic(DatetimeClass, 'valueOfGmt(String)', ['2009-3-5 5:2:2']),
      gmt(2009, 3, 5, 5, 2, 2),
    );
    assert.deepEqual(
      callStatic(DatetimeClass, 'valueOf(String)', ['2008-10-5 12:20:20']),
      gmt(2008, 10, 5, 12, 20, 20),
    );
    assert.equal(
      apexErrorOf(() => callStatic(DatetimeClass, 'valueOf(String)', ['2008-10-05T12:20:20Z']))
        .message,
      'Invalid date/time: 2008-10-05T12:20:20Z',
    );
    assert.equal(formatPrimitive(gmt(1996, 6, 23)), '1996-06-23 00:00:00');
  });
});

describe('System.Time', () => {
  const time = (h: number, m: number, s: number, ms: number): ApexTime =>
    callStatic(TimeClass, 'newInstance(Integer,Integer,Integer,Integer)', [
      h,
      m,
      s,
      ms,
    ]) as ApexTime;

  it('newInstance and components (3:14:15.926)', () => {
    const t = time(3, 14, 15, 926);
    assert.equal(callOn(TimeClass, t, 'hour()'), 3);
    assert.equal(callOn(TimeClass, t, 'minute()'), 14);
    assert.equal(callOn(TimeClass, t, 'second()'), 15);
    assert.equal(callOn(TimeClass, t, 'millisecond()'), 926);
    assert.equal(formatPrimitive(time(18, 30, 2, 20)), '18:30:02.020Z');
  });

  it('adds hours, minutes, seconds and milliseconds, wrapping at midnight', () => {
    assert.deepEqual(
      callOn(TimeClass, time(1, 2, 3, 4), 'addHours(Integer)', [3]),
      time(4, 2, 3, 4),
    );
    assert.deepEqual(
      callOn(TimeClass, time(1, 2, 3, 0), 'addMilliseconds(Integer)', [1400]),
      time(1, 2, 4, 400),
    );
    assert.deepEqual(
      callOn(TimeClass, time(1, 2, 55, 0), 'addSeconds(Integer)', [10]),
      time(1, 3, 5, 0),
    );
    assert.deepEqual(
      callOn(TimeClass, time(23, 30, 0, 0), 'addMinutes(Integer)', [45]),
      time(0, 15, 0, 0),
    );
    assert.deepEqual(
      callOn(TimeClass, time(0, 15, 0, 0), 'addHours(Integer)', [-1]),
      time(23, 15, 0, 0),
    );
  });
});
