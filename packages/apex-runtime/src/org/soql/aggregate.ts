/**
 * Aggregate queries: GROUP BY groups (or one group for the whole result) returned as
 * AggregateResult sObjects. Grouped fields are keyed by field name ('PermissionSetId', 'Name' for
 * Assignee.Name); aggregates by alias, or expr0, expr1... in order for unaliased ones.
 */
import { Decimal } from 'decimal.js';
import type { SoqlSelectItem } from '../../ast.ts';
import {
  ApexDecimal,
  ApexDouble,
  SObjectValue,
  UnsupportedError,
  type ApexValue,
} from '../../values.ts';
import type { OrgContext } from '../context.ts';
import { queryException } from '../errors.ts';
import type { StoredRecord } from '../store/record-store.ts';
import { compareValues } from './compare.ts';
import { finalStep, readPath, type ResolvedPath } from './paths.ts';

export type AggregateItem =
  | { kind: 'group'; path: ResolvedPath }
  | { kind: 'aggregate'; fn: string; path: ResolvedPath; key: string };

export function aggregateItems(
  items: readonly SoqlSelectItem[],
  resolve: (path: string[]) => ResolvedPath,
  groupBy: readonly ResolvedPath[],
): AggregateItem[] {
  let unnamed = 0;
  return items.map((item) => {
    if (item.kind === 'aggregate') {
      return {
        kind: 'aggregate',
        fn: item.fn,
        path: resolve(item.path),
        key: item.alias ?? `expr${unnamed++}`,
      };
    }
    if (item.kind !== 'field') throw new UnsupportedError('subquery in an aggregate query');
    const path = resolve(item.path);
    const grouped = groupBy.some(
      (g) => finalStep(g).field === finalStep(path).field && g.steps.length === path.steps.length,
    );
    if (!grouped) {
      throw queryException(`Field must be grouped or aggregated: ${finalStep(path).field.name}`);
    }
    return { kind: 'group', path };
  });
}

export function aggregate(
  ctx: OrgContext,
  rows: readonly StoredRecord[],
  groupBy: readonly ResolvedPath[],
  items: readonly AggregateItem[],
): SObjectValue[] {
  const groups: { key: ApexValue[]; rows: StoredRecord[] }[] = [];
  for (const row of rows) {
    const key = groupBy.map((p) => readPath(ctx, row, p));
    const group = groups.find((g) => g.key.every((v, i) => sameGroupValue(v, key[i] ?? null)));
    if (group) group.rows.push(row);
    else groups.push({ key, rows: [row] });
  }
  if (groupBy.length === 0 && groups.length === 0) groups.push({ key: [], rows: [] });
  return groups.map((group) => {
    const result = new SObjectValue('AggregateResult');
    result.retrievedByQuery = true;
    for (const item of items) {
      if (item.kind === 'group') {
        const first = group.rows[0];
        result.set(finalStep(item.path).field.name, first ? readPath(ctx, first, item.path) : null);
      } else {
        result.set(
          item.key,
          compute(
            item.fn,
            group.rows.map((r) => readPath(ctx, r, item.path)),
          ),
        );
      }
    }
    return result;
  });
}

function sameGroupValue(a: ApexValue, b: ApexValue): boolean {
  if (a === null || b === null) return a === b;
  return compareValues(a, b) === 0;
}

function compute(fn: string, values: ApexValue[]): ApexValue {
  const present = values.filter((v) => v !== null);
  switch (fn) {
    case 'count':
      return present.length;
    case 'count_distinct':
      return present.filter((v, i) => present.findIndex((w) => compareValues(v, w) === 0) === i)
        .length;
    case 'min':
    case 'max': {
      if (present.length === 0) return null;
      const sign = fn === 'min' ? -1 : 1;
      return present.reduce((best, v) => (compareValues(v, best) * sign > 0 ? v : best));
    }
    case 'sum':
    case 'avg': {
      if (present.length === 0) return null;
      const total = present.reduce<Decimal>((sum, v) => sum.plus(toDecimal(v)), new Decimal(0));
      const result = fn === 'sum' ? total : total.dividedBy(present.length);
      return new ApexDecimal(result, Math.max(0, result.decimalPlaces()));
    }
    default:
      throw new UnsupportedError(`SOQL aggregate function ${fn.toUpperCase()}`);
  }
}

function toDecimal(value: ApexValue): Decimal {
  if (typeof value === 'number' || typeof value === 'bigint') return new Decimal(value.toString());
  if (value instanceof ApexDecimal) return value.value;
  if (value instanceof ApexDouble) return new Decimal(value.value);
  throw queryException('SUM and AVG need a numeric field');
}
