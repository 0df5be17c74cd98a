/**
 * UserRecordAccess rows, computed per (UserId, RecordId) from the sharing model. As in an org,
 * a query must filter on UserId (=) and RecordId (= or IN).
 */
import type { SoqlCondition } from '../../ast.ts';
import type { ApexValue } from '../../values.ts';
import type { OrgContext } from '../context.ts';
import { queryException } from '../errors.ts';
import { to18 } from '../ids.ts';
import type { StoredRecord } from '../store/record-store.ts';
import { evaluateOperand, type BindEvaluator } from './operands.ts';

export function userRecordAccessRows(
  ctx: OrgContext,
  where: SoqlCondition | undefined,
  bind: BindEvaluator,
): StoredRecord[] {
  const userIds = idsFiltered(ctx, where, 'userid', bind);
  const recordIds = idsFiltered(ctx, where, 'recordid', bind);
  if (userIds.length === 0 || recordIds.length === 0) {
    throw queryException('UserRecordAccess queries must filter on UserId and RecordId');
  }
  const rows: StoredRecord[] = [];
  let seq = 0;
  for (const userId of userIds) {
    for (const recordId of recordIds) {
      const access = ctx.permissions.recordAccess(userId, recordId);
      const max = access.all
        ? 'All'
        : access.delete
          ? 'Delete'
          : access.edit
            ? 'Edit'
            : access.read
              ? 'Read'
              : 'None';
      rows.push({
        id: recordId,
        type: 'UserRecordAccess',
        isDeleted: false,
        seq: seq++,
        values: new Map<string, ApexValue>([
          ['userid', userId],
          ['recordid', recordId],
          ['hasreadaccess', access.read],
          ['haseditaccess', access.edit],
          ['hasdeleteaccess', access.delete],
          ['hastransferaccess', access.transfer],
          ['hasallaccess', access.all],
          ['maxaccesslevel', max],
        ]),
      });
    }
  }
  return rows;
}

/** Id values a top-level AND clause gives a field (`X = :id` or `X IN :ids`). */
function idsFiltered(
  ctx: OrgContext,
  where: SoqlCondition | undefined,
  field: string,
  bind: BindEvaluator,
): string[] {
  const clauses = where === undefined ? [] : where.kind === 'and' ? where.items : [where];
  for (const clause of clauses) {
    if (clause.kind !== 'compare' || clause.path.join('.').toLowerCase() !== field) continue;
    if (clause.op !== '=' && clause.op !== 'in') continue;
    const operand = evaluateOperand(clause.value, bind, ctx.now());
    const values =
      operand.kind === 'value' ? [operand.value] : operand.kind === 'values' ? operand.values : [];
    return values.filter((v): v is string => typeof v === 'string').map(to18);
  }
  return [];
}
