import { digitValue } from './digits.ts';

const DOT = 46;
const COLON = 58;

/**
 * Validates the dotted-quad IPv4 address in `s` between `start` (inclusive) and `end`
 * (exclusive) without copying it.
 */
function isIpv4Range(s: string, start: number, end: number): boolean {
  if (end - start < 7 || end - start > 15) return false;
  let octets = 0;
  let value = 0;
  let length = 0;
  let leadingZero = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? s.charCodeAt(i) : DOT;
    if (c === DOT) {
      if (length === 0) return false;
      octets++;
      if (octets > 4) return false;
      value = 0;
      length = 0;
      continue;
    }
    const d = digitValue(c);
    if (d < 0) return false;
    if (length === 1 && leadingZero) return false; // "01", "00": ambiguous (octal in inet_aton)
    leadingZero = length === 0 && d === 0;
    value = value * 10 + d;
    length++;
    if (value > 255) return false;
  }
  return octets === 4;
}

/**
 * True when `candidate` is an IPv4 address in dotted-decimal form (RFC 791; the strict form of
 * RFC 6943 section 3.1.1): four decimal octets 0-255 separated by dots, no leading zeros (`01`
 * is rejected because inet_aton reads it as octal), no other characters.
 */
export function isValidIpv4(candidate: string): boolean {
  return isIpv4Range(candidate, 0, candidate.length);
}

function isHexCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/**
 * Counts the 16-bit groups in `s[start, end)`: colon-separated runs of 1-4 hex digits, where the
 * last one may be a dotted IPv4 address (counting as two groups) when `allowIpv4Tail`. Returns
 * 0 for an empty range and -1 when the range is malformed.
 */
function countGroups(s: string, start: number, end: number, allowIpv4Tail: boolean): number {
  if (start === end) return 0;
  let groups = 0;
  let groupStart = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? s.charCodeAt(i) : COLON;
    if (c === COLON) {
      const length = i - groupStart;
      if (length < 1 || length > 4) return -1;
      groups++;
      if (groups > 8) return -1;
      groupStart = i + 1;
    } else if (c === DOT) {
      // An embedded IPv4 address must be the final part of the address.
      if (!allowIpv4Tail || !isIpv4Range(s, groupStart, end)) return -1;
      return groups + 2;
    } else if (!isHexCode(c)) {
      return -1;
    }
  }
  return groups;
}

/**
 * True when `candidate` is an IPv6 address in RFC 4291 section 2.2 text form: eight groups of
 * 1-4 hex digits separated by colons (`2001:db8:0:0:0:0:0:1`), or fewer groups with one `::`
 * standing for one or more zero groups (`2001:db8::1`, `::`), optionally ending in an embedded
 * dotted IPv4 address in place of the last two groups (`::ffff:192.0.2.1`). A zone id
 * (`fe80::1%eth0`, RFC 6874), brackets, a prefix length and a second `::` are all rejected.
 */
export function isValidIpv6(candidate: string): boolean {
  const length = candidate.length;
  if (length < 2 || length > 45) return false;
  const compressed = candidate.indexOf('::');
  if (compressed < 0) return countGroups(candidate, 0, length, true) === 8;
  if (candidate.indexOf('::', compressed + 1) >= 0) return false; // also rejects ":::"
  const left = countGroups(candidate, 0, compressed, false);
  if (left < 0) return false;
  const right = countGroups(candidate, compressed + 2, length, true);
  if (right < 0) return false;
  return left + right <= 7;
}
