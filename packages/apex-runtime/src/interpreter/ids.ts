/**
 * Id conversion for assignment: a valid 15- or 18-character Id becomes its 18-character form
 * (records always hand out 18), anything else is not an Id.
 */
import { isValidId, to18 } from '../org/ids.ts';

export function normalizeId(value: string): string | null {
  return isValidId(value) ? to18(value) : null;
}
