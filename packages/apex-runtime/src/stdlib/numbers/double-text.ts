/**
 * Double <-> text with Java's rules, which Apex Double follows (String.valueOf(12.34d) is '12.34',
 * whole values print as '1.0', large and small ones as '1.5E10' / '1.0E-4').
 * Java spells the shortest digits that round-trip, like JavaScript; only the layout differs.
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_string.htm (valueOf(doubleToConvert))
 */

/** Shortest round-trip digits of a finite non-zero number and its decimal exponent (d.ddd x 10^exp). */
function shortestDigits(value: number): { digits: string; exponent: number } {
  const [mantissa = '', exponent = '0'] = Math.abs(value).toExponential().split('e');
  return { digits: mantissa.replace('.', ''), exponent: Number(exponent) };
}

/** Java Double.toString. */
export function doubleToString(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const sign = value < 0 ? '-' : '';
  const { digits, exponent } = shortestDigits(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-3 && magnitude < 1e7) {
    if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
    const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
    const fraction = digits.slice(exponent + 1) || '0';
    return `${sign}${whole}.${fraction}`;
  }
  const fraction = digits.slice(1) || '0';
  return `${sign}${digits[0] ?? '0'}.${fraction}E${exponent}`;
}

const DOUBLE_SYNTAX = /^[+-]?(?:NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?)$/;

/**
 * Java Double.valueOf(String): surrounding whitespace and control characters are ignored, an
 * optional f/d suffix is allowed. Hexadecimal floating literals are not supported (returns null,
 * which callers report as an invalid double).
 */
export function parseDouble(text: string): number | null {
  // eslint-disable-next-line no-control-regex -- Java's String.trim strips every char <= U+0020
  const trimmed = text.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (!DOUBLE_SYNTAX.test(trimmed)) return null;
  return Number(trimmed.replace(/[fFdD]$/, ''));
}
