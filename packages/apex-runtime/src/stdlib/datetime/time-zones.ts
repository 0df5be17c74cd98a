/**
 * Time zones named in Datetime.format(pattern, timezone): Java TimeZone IDs such as
 * 'America/New_York'. "If the supplied time zone is not in the correct format, GMT is used."
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_datetime.htm
 *
 * Offsets come from the IANA data in JavaScript's Intl, the same database Java uses. Three-letter
 * IDs (PST, EST...) have Java-specific meanings and are refused when Intl does not know them.
 */
import { UnsupportedError } from '../../values.ts';
import { MILLIS_PER_MINUTE } from './calendar.ts';

export interface Zone {
  /** True only for 'GMT', the one zone whose display names (pattern letter z) are supported. */
  readonly isGmt: boolean;
  offsetMinutes(epochMillis: number): number;
}

export const GMT: Zone = { isGmt: true, offsetMinutes: () => 0 };

function fixedOffset(minutes: number): Zone {
  return { isGmt: minutes === 0, offsetMinutes: () => minutes };
}

/** Java custom IDs: GMT+h, GMT+hh, GMT+hh:mm, GMT+hhmm. */
const CUSTOM_ID = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/;

function intlZone(id: string): Zone | null {
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null;
  }
  // Java IDs are case-sensitive; Intl accepts 'america/new_york' and would silently differ.
  const resolved = formatter.resolvedOptions().timeZone;
  if (resolved !== id && resolved.toLowerCase() === id.toLowerCase()) return null;
  return {
    isGmt: false,
    offsetMinutes(epochMillis: number): number {
      const parts = Object.fromEntries(
        formatter
          .formatToParts(new Date(epochMillis))
          .map((part) => [part.type, Number(part.value)]),
      );
      const wallClock = Date.UTC(
        parts.year ?? 0,
        (parts.month ?? 1) - 1,
        parts.day ?? 1,
        parts.hour ?? 0,
        parts.minute ?? 0,
        parts.second ?? 0,
      );
      const wholeSecond = epochMillis - (((epochMillis % 1000) + 1000) % 1000);
      return Math.round((wallClock - wholeSecond) / MILLIS_PER_MINUTE);
    },
  };
}

export function zoneNamed(id: string): Zone {
  if (id === 'GMT') return GMT;
  const custom = CUSTOM_ID.exec(id);
  if (custom) {
    const minutes = Number(custom[2]) * 60 + Number(custom[3] ?? '0');
    return fixedOffset(custom[1] === '-' ? -minutes : minutes);
  }
  const zone = intlZone(id);
  if (zone) return zone;
  if (/^[A-Z]{3}$/.test(id)) throw new UnsupportedError(`the Java time zone ID '${id}'`);
  return GMT;
}
