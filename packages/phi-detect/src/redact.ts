import type { Finding } from './finding.ts';
import type { PhiCategory } from './taxonomy.ts';

/**
 * How a finding is replaced:
 * - `mask`: every character except whitespace becomes the mask character (same length);
 * - `last4`: like mask, but the last four letters or digits stay ("•••-••-6789");
 * - `token`: the category in brackets ("[SSN]");
 * - `pseudonym`: a numbered stand-in that is the same for the same value ("[PERSON_NAME_2]").
 */
export type RedactionStyle = 'mask' | 'last4' | 'token' | 'pseudonym';
export const REDACTION_STYLES: readonly RedactionStyle[] = ['mask', 'last4', 'token', 'pseudonym'];

export interface RedactOptions {
  /** Default style for every category (default `token`). */
  readonly style?: RedactionStyle;
  /** Per-category styles, overriding `style`. */
  readonly styles?: Partial<Readonly<Record<PhiCategory, RedactionStyle>>>;
  /** Which findings to redact (default: all). The others stay in the text and are re-pointed. */
  readonly select?: (finding: Finding) => boolean;
  /** Character for `mask` and `last4` (default "•"). */
  readonly maskCharacter?: string;
  /** Shares pseudonyms across calls (e.g. every edit of one message); see createPseudonymRegistry. */
  readonly pseudonyms?: PseudonymRegistry;
}

export interface RedactionResult {
  readonly text: string;
  /**
   * Every input finding, with offsets into the redacted text: redacted ones cover their
   * replacement, the others still cover their value. Nothing is shifted out of place.
   */
  readonly findings: readonly (Finding & { readonly redacted: boolean })[];
}

/** Numbers pseudonyms per category, by value (case and spacing ignored), for as long as it lives. */
export interface PseudonymRegistry {
  pseudonymFor(category: PhiCategory, value: string): string;
}

export function createPseudonymRegistry(): PseudonymRegistry {
  const byValue = new Map<string, string>();
  const counts = new Map<PhiCategory, number>();
  return {
    pseudonymFor(category, value) {
      const key = `${category}\u0000${value.toLowerCase().replace(/\s+/g, ' ').trim()}`;
      let pseudonym = byValue.get(key);
      if (pseudonym === undefined) {
        const next = (counts.get(category) ?? 0) + 1;
        counts.set(category, next);
        pseudonym = `[${category}_${next}]`;
        byValue.set(key, pseudonym);
      }
      return pseudonym;
    },
  };
}

/** Replaces findings in `text`, returning the new text and every finding re-pointed into it. */
export function redact(
  text: string,
  findings: readonly Finding[],
  options: RedactOptions = {},
): RedactionResult {
  validateFindings(text, findings);
  const maskCharacter = options.maskCharacter ?? '•';
  if ([...maskCharacter].length !== 1)
    throw new RangeError('redact: maskCharacter must be exactly one character');
  const registry = options.pseudonyms ?? createPseudonymRegistry();
  const select = options.select ?? (() => true);
  let output = '';
  let cursor = 0;
  const out: (Finding & { redacted: boolean })[] = [];
  for (const finding of findings) {
    output += text.slice(cursor, finding.start);
    const value = text.slice(finding.start, finding.end);
    const redacted = select(finding);
    const style = options.styles?.[finding.category] ?? options.style ?? 'token';
    if (!REDACTION_STYLES.includes(style))
      throw new RangeError(`redact: unknown style "${String(style)}"`);
    const replacement = redacted
      ? replace(value, finding.category, style, maskCharacter, registry)
      : value;
    out.push({
      ...finding,
      start: output.length,
      end: output.length + replacement.length,
      redacted,
    });
    output += replacement;
    cursor = finding.end;
  }
  return { text: output + text.slice(cursor), findings: out };
}

function replace(
  value: string,
  category: PhiCategory,
  style: RedactionStyle,
  maskCharacter: string,
  registry: PseudonymRegistry,
): string {
  switch (style) {
    case 'mask':
      return value.replace(/\S/g, maskCharacter);
    case 'last4': {
      let keep = 4;
      const chars = [...value];
      for (let i = chars.length - 1; i >= 0; i--) {
        const char = chars[i] ?? '';
        // Separators stay so the shape still reads ("•••-••-6789").
        if (!/[\p{L}\p{N}]/u.test(char)) continue;
        if (keep > 0) keep--;
        else chars[i] = maskCharacter;
      }
      return chars.join('');
    }
    case 'token':
      return `[${category}]`;
    case 'pseudonym':
      return registry.pseudonymFor(category, value);
  }
}

/** Findings must be in order, inside the text and non-overlapping (as scan returns them). */
function validateFindings(text: string, findings: readonly Finding[]): void {
  let previousEnd = 0;
  findings.forEach((finding, index) => {
    const { start, end } = finding;
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end > text.length ||
      start >= end
    ) {
      throw new RangeError(
        `redact: finding ${index} has offsets ${start}..${end}, outside the text (length ${text.length})`,
      );
    }
    if (start < previousEnd) {
      throw new RangeError(
        `redact: finding ${index} (${start}..${end}) overlaps or precedes the finding before it`,
      );
    }
    previousEnd = end;
  });
}
