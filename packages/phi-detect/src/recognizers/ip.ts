import type { ScanContext } from '../engine/scan-context.ts';
import { isValidIpv4, isValidIpv6 } from '../validators/index.ts';
import { matchesOf } from '../engine/matches.ts';

/** Dotted quads; the validator rejects octets over 255 and leading zeros. */
const IPV4 = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)/g;
/**
 * Colon-separated hex runs that start at a boundary (so "1:2:3:..." is walked once, not from
 * every position); the validator decides whether the run is an IPv6 address.
 */
const IPV6_RUN =
  /(?<![0-9a-z:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?::\d{1,3}(?:\.\d{1,3}){3})?/gi;
const VERSION_BEFORE = /(?:version|ver|v|build|release)\s*$/;

export function findIpAddresses(context: ScanContext): void {
  const { text } = context;
  for (const match of matchesOf(IPV4, text)) {
    if (!isValidIpv4(match[0]) || VERSION_BEFORE.test(context.before(match.index, 12))) continue;
    context.add(
      'IP_ADDRESS',
      match.index,
      match.index + match[0].length,
      'ip.v4',
      0.93,
      'An IPv4 address',
    );
  }
  for (const match of matchesOf(IPV6_RUN, text)) {
    const value = match[0];
    if (/[0-9a-z]/i.test(text[match.index + value.length] ?? '')) continue;
    if (!isValidIpv6(value)) continue;
    context.add(
      'IP_ADDRESS',
      match.index,
      match.index + value.length,
      'ip.v6',
      0.95,
      'An IPv6 address',
    );
  }
}
