/**
 * ORDER BY: several keys, ASC/DESC, NULLS FIRST/LAST. Defaults as documented: ascending puts
 * nulls first, descending puts them last. Text sorts case-insensitively. Ties keep insertion
 * order (an org's order for ties is unspecified; this keeps runs repeatable).
 */
import type { SoqlOrder } from '../../ast.ts';
import type { ApexValue } from '../../values.ts';
import type { OrgContext } from '../context.ts';
import type { ObjectDef } from '../schema/types.ts';
import type { StoredRecord } from '../store/record-store.ts';
import { compareValues } from './compare.ts';
import { readPath, resolvePath, type ResolvedPath } from './paths.ts';

interface SortKey {
  path: ResolvedPath;
  descending: boolean;
  nullsLast: boolean;
}

export function compileOrder(
  ctx: OrgContext,
  root: ObjectDef,
  orderBy: readonly SoqlOrder[],
  onPath: (path: ResolvedPath) => void = () => undefined,
): (records: StoredRecord[]) => StoredRecord[] {
  const keys: SortKey[] = orderBy.map((o) => {
    const path = resolvePath(ctx.schema, root, o.path);
    onPath(path);
    return { path, descending: o.descending, nullsLast: o.nullsLast ?? o.descending };
  });
  if (keys.length === 0) return (records) => [...records].sort((a, b) => a.seq - b.seq);
  return (records) => {
    const rows = records.map((record) => ({
      record,
      values: keys.map((k) => readPath(ctx, record, k.path)),
    }));
    rows.sort((a, b) => {
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key === undefined) continue;
        const cmp = compareKey(key, a.values[i] ?? null, b.values[i] ?? null);
        if (cmp !== 0) return cmp;
      }
      return a.record.seq - b.record.seq;
    });
    return rows.map((r) => r.record);
  };
}

export function compareKey(
  key: Pick<SortKey, 'descending' | 'nullsLast'>,
  a: ApexValue,
  b: ApexValue,
): number {
  if (a === null || b === null) {
    if (a === b) return 0;
    return (a === null) === key.nullsLast ? 1 : -1;
  }
  const cmp = compareValues(a, b);
  return key.descending ? -cmp : cmp;
}
