/**
 * Java SimpleDateFormat patterns for Datetime.format(pattern[, timezone]) and formatGmt(pattern),
 * in English (the runtime user's locale is en_US).
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_datetime.htm (format)
 * https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html
 *
 * Supported letters: G y M L d D F E u a H k K h m s S z Z X, quoted text ('T', '' for a quote).
 * Week-based letters (Y w W) and any other letter throw UnsupportedError; zone names (z) are only
 * known for GMT.
 */
import { ApexDate, UnsupportedError } from '../../values.ts';
import { dayOfYear, isoDayOfWeek } from './calendar.ts';
import type { DatetimeFields } from './calendar.ts';
import { pad } from './standard-text.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** What a pattern needs besides the calendar fields: the zone's offset and, for GMT, its names. */
export interface ZoneInfo {
  offsetMinutes: number;
  /** 'GMT' when the zone is GMT/UTC; other zones' display names are not supported. */
  isGmt: boolean;
}

type Tokens = ({ literal: string } | { letter: string; count: number })[];

/** The text of a quoted section starting after its opening quote; '' inside it is one quote. */
function readQuoted(pattern: string, from: number): { text: string; end: number } {
  let text = '';
  let j = from;
  for (;;) {
    // Java rejects an unterminated quote; how Apex reports it is undocumented.
    if (j >= pattern.length)
      throw new UnsupportedError('a date format pattern with an unterminated quote');
    const char = pattern[j] ?? '';
    if (char === "'") {
      if (pattern[j + 1] !== "'") return { text, end: j + 1 };
      text += "'";
      j += 2;
    } else {
      text += char;
      j += 1;
    }
  }
}

function tokenize(pattern: string): Tokens {
  const tokens: Tokens = [];
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i] ?? '';
    if (char === "'") {
      if (pattern[i + 1] === "'") {
        tokens.push({ literal: "'" });
        i += 2;
        continue;
      }
      const quoted = readQuoted(pattern, i + 1);
      tokens.push({ literal: quoted.text });
      i = quoted.end;
      continue;
    }
    if (/[A-Za-z]/.test(char)) {
      let count = 1;
      while (pattern[i + count] === char) count += 1;
      tokens.push({ letter: char, count });
      i += count;
      continue;
    }
    tokens.push({ literal: char });
    i += 1;
  }
  return tokens;
}

function text(full: string, count: number): string {
  return count >= 4 ? full : full.slice(0, 3);
}

function offsetText(offsetMinutes: number, separator: string): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(absolute / 60), 2)}${separator}${pad(absolute % 60, 2)}`;
}

function field(letter: string, count: number, f: DatetimeFields, zone: ZoneInfo): string {
  const date = new ApexDate(f.year, f.month, f.day);
  const hour12 = f.hour % 12;
  switch (letter) {
    case 'G':
      return f.year > 0 ? 'AD' : 'BC';
    case 'y':
      return count === 2 ? pad(f.year % 100, 2) : pad(f.year, count);
    case 'M':
    case 'L':
      return count >= 3 ? text(MONTHS[f.month - 1] ?? '', count) : pad(f.month, count);
    case 'd':
      return pad(f.day, count);
    case 'D':
      return pad(dayOfYear(date), count);
    case 'F':
      return pad(Math.floor((f.day - 1) / 7) + 1, count);
    case 'E':
      return text(DAYS[isoDayOfWeek(date) - 1] ?? '', count);
    case 'u':
      return pad(isoDayOfWeek(date), count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(f.hour, count);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return pad(hour12, count);
    case 'h':
      return pad(hour12 === 0 ? 12 : hour12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.millisecond, count);
    case 'z':
      if (!zone.isGmt) throw new UnsupportedError('time zone names (pattern letter z) outside GMT');
      return count >= 4 ? 'Greenwich Mean Time' : 'GMT';
    case 'Z':
      return offsetText(zone.offsetMinutes, '');
    case 'X':
      if (zone.offsetMinutes === 0) return 'Z';
      if (count === 1) return offsetText(zone.offsetMinutes, '').slice(0, 3);
      return offsetText(zone.offsetMinutes, count === 2 ? '' : ':');
    default:
      throw new UnsupportedError(`date format pattern letter '${letter}'`);
  }
}

/** Formats calendar fields (already in the target zone) with a SimpleDateFormat pattern. */
export function formatPattern(pattern: string, fields: DatetimeFields, zone: ZoneInfo): string {
  return tokenize(pattern)
    .map((token) =>
      'literal' in token ? token.literal : field(token.letter, token.count, fields, zone),
    )
    .join('');
}
