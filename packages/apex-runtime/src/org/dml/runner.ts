/**
 * Runs one DML call row by row. Each row validates completely before it writes, so a failed row
 * leaves nothing behind; with allOrNone, any failure restores the store as it was before the
 * call (Ids already issued stay used, as in an org).
 */
import { FieldValueError } from '../field-values.ts';
import type { OrgContext } from '../context.ts';
import { dmlError } from './messages.ts';
import type { DmlError, DmlOptions, DmlRowResult } from './types.ts';

export function runRows<T>(
  ctx: OrgContext,
  opts: DmlOptions,
  rows: readonly T[],
  perRow: (row: T, index: number) => DmlRowResult,
  /** Whether a rolled-back row keeps its Id (updates do; inserts had theirs taken back). */
  keepsIdOnRollback: (result: DmlRowResult) => boolean = () => true,
): DmlRowResult[] {
  const allOrNone = opts.allOrNone ?? true;
  const before = allOrNone ? ctx.store.snapshot() : null;
  const results = rows.map((row, index) => {
    try {
      return perRow(row, index);
    } catch (error) {
      if (error instanceof FieldValueError) {
        return failed([dmlError(error.statusCode, error.message, [error.field])]);
      }
      throw error;
    }
  });
  if (before !== null && results.some((r) => !r.success)) {
    ctx.store.restore(before);
    return results.map((r) =>
      r.success ? { ...r, success: false, id: keepsIdOnRollback(r) ? r.id : null } : r,
    );
  }
  return results;
}

export function failed(errors: DmlError[], id: string | null = null): DmlRowResult {
  return { success: false, id, errors };
}

export function succeeded(id: string, created?: boolean): DmlRowResult {
  return { success: true, id, errors: [], ...(created === undefined ? {} : { created }) };
}
