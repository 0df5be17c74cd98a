import type { ScanContext } from '../engine/scan-context.ts';
import { matchesOf } from '../engine/matches.ts';
import { AT_SIGN, DOT } from '../engine/char-codes.ts';

/** Runs of URL-ish characters: one linear regex pass, then the run is judged in code. */
const URL_RUN = /(?:https?:\/\/|www\.)[^\s<>"'`()[\]{}]+/gi;
/**
 * Host-like runs with at least one dot, tried only at the start of a run of host characters
 * that holds an inner dot (see domainRuns). The dot-separated labels cannot overlap, so this
 * never backtracks more than one label: linear even on "a.a.a.a..." or one megabyte-long word.
 */
const DOMAIN_RUN = /[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+(?:\/[^\s<>"'`()[\]{}]*)?/iy;

/** Common top-level domains: a bare "word.word" is a domain only with one of these. */
const KNOWN_TLDS = new Set(
  (
    'com net org edu gov mil int info biz io co us uk ca au de fr es it nl be ch at se no dk fi is ' +
    'pl cz sk hu ro bg gr cy pt br ar mx cl uy ie nz za in jp cn kr tw hk sg my ph id th vn ru ua ' +
    'tr il ae sa eg ng ke health care app dev online site me tv ly ai cc ws eu si hr rs ee lv lt lu example test'
  ).split(' '),
);

/**
 * URLs (with a scheme or www.) and bare domain names. A URL can identify a person (a portal link
 * with a patient id, a personal site), so both count; email addresses are left to the email rule.
 */
export function findUrls(context: ScanContext): void {
  const { text } = context;
  const covered: [number, number][] = [];
  for (const match of matchesOf(URL_RUN, text)) {
    const start = match.index;
    const end = start + trimTrailingPunctuation(match[0]);
    covered.push([start, end]);
    context.add('URL', start, end, 'url.scheme', 0.95, 'A web address');
  }
  for (const match of domainRuns(context)) {
    const start = match.index;
    if (text[start - 1] === '/' || text[start - 1] === '_') continue;
    const value = match[0];
    const end = start + trimTrailingPunctuation(value);
    if (text[end] === '@' || covered.some(([s, e]) => start >= s && start < e)) continue;
    const slash = value.indexOf('/');
    const host = slash === -1 ? value : value.slice(0, slash);
    // DNS names are at most 253 characters: longer runs are not domains (and splitting a
    // megabyte of "a.a.a." into labels would be wasted work).
    if (host.length > 253) continue;
    const labels = host.toLowerCase().split('.');
    const tld = labels[labels.length - 1] ?? '';
    // An unknown TLD still makes a URL when a path follows ("portal.acme.health/letters/1").
    const knownOrPath = KNOWN_TLDS.has(tld) || (value.includes('/') && /^[a-z]{2,24}$/.test(tld));
    if (!knownOrPath || labels.some((label) => label === '')) continue;
    if (labels.every((label) => /^\d+$/.test(label.replace(/-/g, '')) || label === tld)) continue;
    context.add('URL', start, end, 'url.domain', 0.8, 'A domain name');
  }
}

/** Length of `value` without sentence punctuation that follows a URL in prose. */
function trimTrailingPunctuation(value: string): number {
  let length = value.length;
  while (length > 0 && '.,;:!?'.includes(value[length - 1] ?? '')) length--;
  return length;
}

function isHostCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45;
}

/**
 * The DOMAIN_RUN matches a scan of every position would find (a match starts where no host
 * character, '@' or dot precedes), found from the dots instead: prose has few dots with a host
 * character on both sides, so the pattern runs a handful of times instead of at every word.
 */
function domainRuns(context: ScanContext): RegExpExecArray[] {
  const { text, lower } = context;
  const matches: RegExpExecArray[] = [];
  let matchedUntil = 0;
  for (let dot = lower.indexOf('.'); dot !== -1; dot = lower.indexOf('.', dot + 1)) {
    if (dot < matchedUntil) continue;
    if (!isHostCode(lower.charCodeAt(dot - 1)) || !isHostCode(lower.charCodeAt(dot + 1))) continue;
    let start = dot;
    while (start > 0) {
      const code = lower.charCodeAt(start - 1);
      if (!isHostCode(code) && code !== DOT) break;
      start--;
    }
    DOMAIN_RUN.lastIndex = start;
    const match =
      start >= matchedUntil && lower.charCodeAt(start - 1) !== AT_SIGN && DOMAIN_RUN.exec(text);
    if (match) {
      matches.push(match);
      matchedUntil = start + match[0].length;
      continue;
    }
    // No match can start anywhere in this run: skip the rest of it (linear on "-a.a.a.a...").
    let end = dot + 1;
    while (
      end < lower.length &&
      (isHostCode(lower.charCodeAt(end)) || lower.charCodeAt(end) === DOT)
    )
      end++;
    matchedUntil = end;
  }
  return matches;
}
