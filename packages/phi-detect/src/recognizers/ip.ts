import type { ScanContext } from '../engine/scan-context.ts';
import { isValidIpv4, isValidIpv6 } from '../validators/index.ts';
import { matchesOf } from '../engine/matches.ts';

/** Dotted quads; the validator rejects octets over 255 and leading zeros. */
const IPV4 = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)/g;
/**
 * Colon-separated hex runs that start at a boundary (so "1:2:3:..." is walked once, not from
 * every position); the validator decides whether the run is an IPv6 address. Sticky: it is
 * tried only where a run could start (see ipv6Runs).
 */
const IPV6_RUN =
  /(?<![0-9a-z:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?::\d{1,3}(?:\.\d{1,3}){3})?/iy;
const MAX_HEX_GROUP = 4;
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
  for (const match of ipv6Runs(text)) {
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

/**
 * The matches IPV6_RUN would find scanning every position, found by trying it only where one can
 * start: every run has a colon within its first five characters, and starts where the hex
 * digits before that colon start (the lookbehind forbids starting inside a hex run). Prose has
 * few colons, so this skips almost all of the text.
 */
function ipv6Runs(text: string): RegExpExecArray[] {
  const runs: RegExpExecArray[] = [];
  let searchedTo = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    let start = colon;
    while (
      start > searchedTo &&
      colon - start < MAX_HEX_GROUP &&
      isHexCode(text.charCodeAt(start - 1))
    )
      start--;
    if (start < searchedTo) continue;
    IPV6_RUN.lastIndex = start;
    const match = IPV6_RUN.exec(text);
    if (!match) continue;
    runs.push(match);
    searchedTo = start + match[0].length;
    if (colon < searchedTo) colon = searchedTo - 1;
  }
  IPV6_RUN.lastIndex = 0;
  return runs;
}

function isHexCode(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 102);
}
