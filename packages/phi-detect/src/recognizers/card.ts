import { CARD_WORDS, NON_PHI_REFERENCE_WORDS, mentions } from '../context/keywords.ts';
import type { ScanContext } from '../engine/scan-context.ts';
import { isValidCardNumber, luhnValid } from '../validators/index.ts';
import { matchesOf } from '../engine/matches.ts';

/** 12 to 19 digits, optionally grouped by single spaces or dashes. */
const CARD_SHAPE = /(?<![\d-])\d(?:[ -]?\d){11,18}(?!\d)/g;

/**
 * Payment card numbers: Luhn-valid with a known issuer prefix. A Luhn-valid number with an
 * unknown prefix counts only next to a card keyword.
 */
export function findCardNumbers(context: ScanContext): void {
  for (const match of matchesOf(CARD_SHAPE, context.text)) {
    const value = match[0];
    const start = match.index;
    const digits = value.replace(/[ -]/g, '');
    const keyword = mentions(context.before(start, 32), CARD_WORDS);
    let confidence = 0;
    if (isValidCardNumber(value)) confidence = keyword ? 0.98 : 0.9;
    // Luhn-valid with an issuer prefix the validator does not list (legacy JCB 1800/2131,
    // 12-digit Maestro, private-label cards): one random number in ten passes Luhn.
    else if (luhnValid(digits) && !/^(\d)\1+$/.test(digits)) confidence = keyword ? 0.85 : 0.55;
    if (!keyword && mentions(context.before(start, 20), NON_PHI_REFERENCE_WORDS)) confidence -= 0.5;
    if (confidence <= 0) continue;
    context.add(
      'CREDIT_CARD',
      start,
      start + value.length,
      'card.luhn',
      confidence,
      'A payment card number (passes the Luhn check)',
    );
  }
}
