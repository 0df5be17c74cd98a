import { PHI_CATEGORIES } from '@securesend/phi-detect';
import type { PhiCategory } from './types.ts';

export { PHI_CATEGORIES };

export const PHI_CATEGORY_SET: ReadonlySet<string> = new Set(PHI_CATEGORIES);

/** Safe Harbor identifiers: every category but CLINICAL (content, not an identifier). */
export const IDENTIFIER_CATEGORIES: readonly PhiCategory[] = PHI_CATEGORIES.filter(
  (category) => category !== 'CLINICAL',
);
