/**
 * Validation of System.schedule cron expressions: "Seconds Minutes Hours Day_of_month Month
 * Day_of_week optional_year" (Apex Scheduler,
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_scheduler.htm).
 * Salesforce parses them with Quartz's CronExpression and reports its parse errors as
 * System.StringException, so the checks and messages below follow Quartz (including its
 * "specfied" typo). Salesforce additionally refuses anything but a single integer for seconds
 * and minutes. Forms Quartz accepts only by accident (trailing junk after a number, '*5', 'L' in
 * the time fields) fail as unsupported rather than being accepted or given an invented message.
 */
import { UnsupportedError } from '../../values.ts';

/** A cron expression error with Quartz's message; System.schedule raises System.StringException. */
export class CronError extends Error {}

enum Field {
  Second,
  Minute,
  Hour,
  DayOfMonth,
  Month,
  DayOfWeek,
  Year,
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

const RANGES: Record<Exclude<Field, Field.Year>, { min: number; max: number; message: string }> = {
  [Field.Second]: { min: 0, max: 59, message: 'Minute and Second values must be between 0 and 59' },
  [Field.Minute]: { min: 0, max: 59, message: 'Minute and Second values must be between 0 and 59' },
  [Field.Hour]: { min: 0, max: 23, message: 'Hour values must be between 0 and 23' },
  [Field.DayOfMonth]: { min: 1, max: 31, message: 'Day of month values must be between 1 and 31' },
  [Field.Month]: { min: 1, max: 12, message: 'Month values must be between 1 and 12' },
  [Field.DayOfWeek]: { min: 1, max: 7, message: 'Day-of-Week values must be between 1 and 7' },
};

/** Largest increment Quartz accepts per field, and the bound its message names. */
const INCREMENT_LIMITS: Partial<Record<Field, [number, number]>> = {
  [Field.Second]: [59, 60],
  [Field.Minute]: [59, 60],
  [Field.Hour]: [23, 24],
  [Field.DayOfMonth]: [31, 31],
  [Field.Month]: [12, 12],
  [Field.DayOfWeek]: [7, 7],
};

/** What a field's items say about "no specific value" ('?'), for the day-of-month/week rule. */
interface ParseState {
  dayOfMonthUnspecified: boolean;
  dayOfWeekUnspecified: boolean;
}

/** Throws CronError (or UnsupportedError) unless `expression` is a valid Salesforce cron expression. */
export function validateCronExpression(expression: string): void {
  const tokens = expression
    .toUpperCase()
    .split(/[ \t]+/)
    .filter((token) => token !== '');
  const state: ParseState = { dayOfMonthUnspecified: false, dayOfWeekUnspecified: false };
  tokens.slice(0, 7).forEach((token, field: Field) => {
    checkTokenCombinations(token, field);
    for (const item of token.split(',').filter((part) => part !== ''))
      parseItem(item, field, state);
  });
  if (tokens.length < 6) throw new CronError('Unexpected end of expression.');
  if (tokens.length > 7) throw new UnsupportedError('cron expression with more than 7 fields');
  if (state.dayOfMonthUnspecified === state.dayOfWeekUnspecified) {
    throw new CronError(
      'Support for specifying both a day-of-week AND a day-of-month parameter is not implemented.',
    );
  }
  const [seconds = '', minutes = ''] = tokens;
  if (!/^\d+$/.test(seconds) || !/^\d+$/.test(minutes)) {
    throw new CronError(`Seconds and minutes must be specified as integers: ${expression}`);
  }
}

function checkTokenCombinations(token: string, field: Field): void {
  const hasL = token.includes('L') && token.length > 1 && token.includes(',');
  if (field === Field.DayOfMonth && hasL) {
    throw new CronError(
      "Support for specifying 'L' and 'LW' with other days of the month is not implemented",
    );
  }
  if (field === Field.DayOfWeek && hasL) {
    throw new CronError(
      "Support for specifying 'L' with other days of the week is not implemented",
    );
  }
  if (field === Field.DayOfWeek && token.indexOf('#') !== token.lastIndexOf('#')) {
    throw new CronError('Support for specifying multiple "nth" days is not implemented.');
  }
}

function parseItem(item: string, field: Field, state: ParseState): void {
  const first = item.charAt(0);
  if (item === '?') return noSpecificValue(field, state);
  if (item.startsWith('?')) throw new UnsupportedError(`cron item ${item}`);
  if (first === '*' || first === '/') return parseAll(item, field);
  if (/^L(-\d+)?W?$/.test(item) || item === 'LW') return parseLast(item, field);
  if (first >= 'A' && first <= 'Z') return parseNames(item, field);
  if (first >= '0' && first <= '9') return parseNumbers(item, field);
  throw new CronError(`Unexpected character: ${first}`);
}

function noSpecificValue(field: Field, state: ParseState): void {
  if (field !== Field.DayOfMonth && field !== Field.DayOfWeek) {
    throw new CronError("'?' can only be specfied for Day-of-Month or Day-of-Week.");
  }
  if (field === Field.DayOfWeek && state.dayOfMonthUnspecified) {
    throw new CronError("'?' can only be specfied for Day-of-Month -OR- Day-of-Week.");
  }
  if (field === Field.DayOfMonth) state.dayOfMonthUnspecified = true;
  else state.dayOfWeekUnspecified = true;
}

/** '*', '*' + '/n', '/n'. */
function parseAll(item: string, field: Field): void {
  if (item === '*') return;
  const increment = /^\*?\/(.*)$/.exec(item)?.[1];
  if (increment === undefined) throw new UnsupportedError(`cron item ${item}`);
  if (increment === '') throw new CronError("'/' must be followed by an integer.");
  checkIncrement(increment, field, item);
}

function checkIncrement(text: string, field: Field, item: string): void {
  if (!/^\d+$/.test(text)) throw new UnsupportedError(`cron item ${item}`);
  const value = Number(text);
  const limit = INCREMENT_LIMITS[field];
  if (limit && value > limit[0]) throw new CronError(`Increment > ${limit[1]} : ${value}`);
}

/** 'L', 'LW', 'L-3', 'L-3W' (day of month) or 'L' (day of week: Saturday). */
function parseLast(item: string, field: Field): void {
  if (field === Field.DayOfWeek && item === 'L') return;
  if (field !== Field.DayOfMonth) throw new UnsupportedError(`cron item ${item} in this field`);
  const offset = /^L-(\d+)/.exec(item)?.[1];
  if (offset !== undefined && Number(offset) > 30)
    throw new CronError('Offset from last day must be <= 30');
}

/** Month names (JAN, JAN-MAR) and day names (MON, MON-FRI, FRI#2, FRIL). */
function parseNames(item: string, field: Field): void {
  const name = item.slice(0, 3);
  if (field === Field.Month) {
    if (!MONTHS.includes(name)) throw new CronError(`Invalid Month value: '${name}'`);
    const match = /^[A-Z]{3}(?:-([A-Z]{3}))?$/.exec(item);
    if (!match) throw new UnsupportedError(`cron item ${item}`);
    if (match[1] !== undefined && !MONTHS.includes(match[1])) {
      throw new CronError(`Invalid Month value: '${match[1]}'`);
    }
    return;
  }
  if (field !== Field.DayOfWeek)
    throw new CronError(`Illegal characters for this position: '${name}'`);
  if (!DAYS.includes(name)) throw new CronError(`Invalid Day-of-Week value: '${name}'`);
  const rest = item.slice(3);
  if (rest === '' || rest === 'L') return;
  if (rest.startsWith('#')) return checkNth(rest.slice(1));
  const end = /^-([A-Z]{3})$/.exec(rest)?.[1];
  if (end === undefined) throw new UnsupportedError(`cron item ${item}`);
  if (!DAYS.includes(end)) throw new CronError(`Invalid Day-of-Week value: '${end}'`);
}

function checkNth(text: string): void {
  const nth = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(nth >= 1 && nth <= 5))
    throw new CronError("A numeric value between 1 and 5 must follow the '#' option");
}

/** 5, 5-10, 5/15, 5-10/2, 15W, 6L, 6#3. */
function parseNumbers(item: string, field: Field): void {
  const match = /^(\d+)(.*)$/.exec(item);
  const value = Number(match?.[1]);
  const rest = match?.[2] ?? '';
  if (field === Field.Year) return checkYears(item);
  if (rest === '') return checkRange(field, value);
  const suffix = rest.charAt(0);
  if (suffix === 'L') {
    if (field !== Field.DayOfWeek)
      throw new CronError(`'L' option is not valid here. (pos=${item.length - rest.length})`);
    checkRange(field, value);
    if (rest !== 'L') throw new UnsupportedError(`cron item ${item}`);
    return;
  }
  if (suffix === 'W') {
    if (field !== Field.DayOfMonth)
      throw new CronError(`'W' option is not valid here. (pos=${item.length - rest.length})`);
    if (value > 31) {
      throw new CronError(
        "The 'W' option does not make sense with values larger than 31 (max number of days in a month)",
      );
    }
    if (rest !== 'W') throw new UnsupportedError(`cron item ${item}`);
    return;
  }
  if (suffix === '#') {
    if (field !== Field.DayOfWeek)
      throw new CronError(`'#' option is not valid here. (pos=${item.length - rest.length})`);
    checkNth(rest.slice(1));
    return checkRange(field, value);
  }
  const range = /^(?:-(\d+))?(?:\/(.*))?$/.exec(rest);
  if (!range) throw new UnsupportedError(`cron item ${item}`);
  checkRange(field, value, range[1] === undefined ? undefined : Number(range[1]));
  // Quartz bounds increments only after '*' or a leading '/', not after a number.
  if (range[2] !== undefined && !/^\d+$/.test(range[2]))
    throw new UnsupportedError(`cron item ${item}`);
}

function checkRange(field: Exclude<Field, Field.Year>, value: number, end?: number): void {
  const { min, max, message } = RANGES[field];
  // Quartz checks the start against both bounds but only the upper bound of a range's end.
  if (value < min || value > max || (end !== undefined && end > max)) throw new CronError(message);
}

/** optional_year: "null or 1970–2099" (the Apex Scheduler table); Quartz has no message for it. */
function checkYears(item: string): void {
  const match = /^(\d{4})(?:-(\d{4}))?(?:\/\d+)?$/.exec(item);
  const years = match ? [match[1], match[2]].filter((y) => y !== undefined).map(Number) : [];
  if (years.length === 0 || years.some((year) => year < 1970 || year > 2099)) {
    throw new UnsupportedError(`cron year ${item}`);
  }
}
