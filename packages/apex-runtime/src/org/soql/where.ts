/**
 * WHERE clauses compiled once per query into a record predicate. Null semantics follow SOQL:
 * `= null` / `!= null` test for a value; `!=` and NOT IN also match records whose field is null;
 * ordering operators, LIKE and INCLUDES never match null.
 */
import type { SoqlCondition } from '../../ast.ts';
import { ApexDate, ApexDatetime, type ApexValue } from '../../values.ts';
import type { OrgContext } from '../context.ts';
import { queryException } from '../errors.ts';
import type { ObjectDef } from '../schema/types.ts';
import type { StoredRecord } from '../store/record-store.ts';
import { compareValues, fieldEquals, includesAny, likeMatches } from './compare.ts';
import type { DateRange } from './date-literals.ts';
import { evaluateOperand, type BindEvaluator, type Operand } from './operands.ts';
import { finalStep, readPath, resolvePath, type ResolvedPath } from './paths.ts';

export type RecordPredicate = (record: StoredRecord) => boolean;

export function compileWhere(
  ctx: OrgContext,
  root: ObjectDef,
  condition: SoqlCondition | undefined,
  bind: BindEvaluator,
  /** Collects every field path the clause reads (for user-mode field checks). */
  onPath: (path: ResolvedPath) => void = () => undefined,
): RecordPredicate {
  if (condition === undefined) return () => true;
  switch (condition.kind) {
    case 'and': {
      const parts = condition.items.map((c) => compileWhere(ctx, root, c, bind, onPath));
      return (r) => parts.every((p) => p(r));
    }
    case 'or': {
      const parts = condition.items.map((c) => compileWhere(ctx, root, c, bind, onPath));
      return (r) => parts.some((p) => p(r));
    }
    case 'not': {
      const inner = compileWhere(ctx, root, condition.item, bind, onPath);
      return (r) => !inner(r);
    }
    case 'compare': {
      const path = resolvePath(ctx.schema, root, condition.path);
      onPath(path);
      const operand = evaluateOperand(condition.value, bind, ctx.now());
      const test = comparison(path, condition.op, operand);
      return (r) => test(readPath(ctx, r, path));
    }
  }
}

function comparison(path: ResolvedPath, op: string, operand: Operand): (v: ApexValue) => boolean {
  const field = finalStep(path).field;
  if (operand.kind === 'range') return rangeComparison(op, operand.range);
  const values = operand.kind === 'values' ? operand.values : [operand.value];
  const isAny = (v: ApexValue) => values.some((candidate) => fieldEquals(field, v, candidate));
  switch (op) {
    case '=':
    case 'in':
      return isAny;
    case '!=':
    case '<>':
    case 'not in':
      return (v) => !isAny(v);
    case 'like':
      return (v) => values.some((pattern) => likeMatches(v, pattern));
    case 'includes':
      return (v) => includesAny(v, values);
    case 'excludes':
      return (v) => v === null || !includesAny(v, values);
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const bound = operand.kind === 'value' ? operand.value : null;
      return (v) => v !== null && bound !== null && ordered(op, compareValues(v, bound));
    }
    default:
      throw queryException(`unexpected token: '${op}'`);
  }
}

function ordered(op: string, cmp: number): boolean {
  return op === '<' ? cmp < 0 : op === '<=' ? cmp <= 0 : op === '>' ? cmp > 0 : cmp >= 0;
}

/** Date literals on Date fields (by day) and Datetime fields (by instant). */
function rangeComparison(op: string, range: DateRange): (v: ApexValue) => boolean {
  return (v) => {
    const at =
      v instanceof ApexDatetime
        ? v.millis
        : v instanceof ApexDate
          ? Date.UTC(v.year, v.month - 1, v.day)
          : null;
    if (at === null) return op === '!=' || op === '<>';
    const inside = at >= range.start && at < range.end;
    switch (op) {
      case '=':
        return inside;
      case '!=':
      case '<>':
        return !inside;
      case '<':
        return at < range.start;
      case '<=':
        return at < range.end;
      case '>':
        return at >= range.end;
      case '>=':
        return at >= range.start;
      default:
        throw queryException(`unexpected token: '${op}'`);
    }
  };
}
