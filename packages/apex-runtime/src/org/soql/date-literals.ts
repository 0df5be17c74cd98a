/**
 * SOQL date literals as UTC millisecond ranges [start, end). Ranges start at 00:00:00 of a day;
 * LAST_N_DAYS:n includes today (LAST_N_DAYS:1 is yesterday and today) and NEXT_N_DAYS:n starts
 * tomorrow (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_dateformats.htm).
 * Days are UTC days here: the running user's time zone is not applied. Weeks start on Sunday
 * (en_US).
 */
import { UnsupportedError } from '../../values.ts';

const DAY = 86_400_000;

export interface DateRange {
  start: number;
  end: number;
}

export function dateLiteralRange(
  name: string,
  n: number | undefined,
  nowMillis: number,
): DateRange {
  const today = Math.floor(nowMillis / DAY) * DAY;
  const days = (from: number, count: number): DateRange => ({
    start: today + from * DAY,
    end: today + (from + count) * DAY,
  });
  const count = n ?? 0;
  switch (name) {
    case 'TODAY':
      return days(0, 1);
    case 'YESTERDAY':
      return days(-1, 1);
    case 'TOMORROW':
      return days(1, 1);
    case 'LAST_N_DAYS':
      return days(-count, count + 1);
    case 'NEXT_N_DAYS':
      return days(1, count);
    case 'LAST_90_DAYS':
      return days(-90, 91);
    case 'NEXT_90_DAYS':
      return days(1, 90);
    case 'N_DAYS_AGO':
      return days(-count, 1);
    case 'THIS_WEEK':
    case 'LAST_WEEK':
    case 'NEXT_WEEK': {
      const weekday = new Date(today).getUTCDay();
      const offset = name === 'THIS_WEEK' ? 0 : name === 'LAST_WEEK' ? -7 : 7;
      return days(offset - weekday, 7);
    }
    case 'THIS_MONTH':
    case 'LAST_MONTH':
    case 'NEXT_MONTH': {
      const d = new Date(today);
      const shift = name === 'THIS_MONTH' ? 0 : name === 'LAST_MONTH' ? -1 : 1;
      const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + shift, 1);
      return { start, end: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + shift + 1, 1) };
    }
    case 'THIS_YEAR':
    case 'LAST_YEAR':
    case 'NEXT_YEAR': {
      const year =
        new Date(today).getUTCFullYear() +
        (name === 'THIS_YEAR' ? 0 : name === 'LAST_YEAR' ? -1 : 1);
      return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
    }
    default:
      throw new UnsupportedError(`SOQL date literal ${name}`);
  }
}
