/**
 * DML over the in-memory org, shared by DML statements and Database methods: governor counts,
 * the uncommitted-work flag callouts check, and exceptions for all-or-none failures.
 */
import type { DmlStmt } from '../ast.ts';
import { ApexList } from '../collections.ts';
import type { NativeContext } from '../natives.ts';
import { dmlFailure, type DmlOperation, type DmlRowResult, type Org } from '../org/index.ts';
import { ApexInstance, ApexThrow, SObjectValue, type ApexValue } from '../values.ts';
import { setDmlRows } from '../interpreter/exceptions.ts';
import { asApexError } from './org-errors.ts';

const DML_STATEMENT_LIMIT = 150;
const DML_ROW_LIMIT = 10000;

export interface DmlRequest {
  op: DmlStmt['op'];
  allOrNone: boolean;
  accessLevel: 'user' | 'system';
  enforceSharing: boolean;
  externalIdField?: string;
}

const OPERATION_NAMES: Record<string, DmlOperation> = {
  insert: 'Insert',
  update: 'Update',
  upsert: 'Upsert',
  delete: 'Delete',
  undelete: 'Undelete',
};

/** The records (or, for delete, records or Ids) a DML target denotes. */
function targetRows(ctx: NativeContext, target: ApexValue): ApexValue[] {
  if (target === null)
    throw ctx.error('System.NullPointerException', 'Attempt to de-reference a null object');
  if (target instanceof ApexList) return target.items;
  return [target];
}

export function runDml(
  ctx: NativeContext,
  org: Org,
  request: DmlRequest,
  target: ApexValue,
): DmlRowResult[] {
  const rows = targetRows(ctx, target);
  const limits = ctx.runtime.limits;
  if (++limits.dmlStatements > DML_STATEMENT_LIMIT) {
    throw ctx.error('System.LimitException', `Too many DML statements: ${limits.dmlStatements}`);
  }
  limits.dmlRows += rows.length;
  if (limits.dmlRows > DML_ROW_LIMIT)
    throw ctx.error('System.LimitException', `Too many DML rows: ${limits.dmlRows}`);
  const options = {
    allOrNone: request.allOrNone,
    accessLevel: request.accessLevel,
    enforceSharing: request.enforceSharing,
    userId: ctx.runtime.currentUserId(),
  };
  const operation = OPERATION_NAMES[request.op];
  if (!operation)
    throw ctx.error('System.TypeException', `DML operation ${request.op} not supported`);
  const results = asApexError(ctx, () => callOrg(ctx, org, request, rows, options));
  ctx.runtime.uncommittedWork = true;
  if (request.allOrNone) {
    const ids = rows.map((row) =>
      row instanceof SObjectValue ? ((row.get('Id') as string | null | undefined) ?? null) : null,
    );
    const failure = dmlFailure(operation, results, ids);
    if (failure) {
      const thrown = ctx.error(failure.exceptionType, failure.message);
      if (thrown instanceof ApexThrow && thrown.exception instanceof ApexInstance) {
        setDmlRows(thrown.exception, results, rows);
      }
      throw thrown;
    }
  }
  return results;
}

function callOrg(
  ctx: NativeContext,
  org: Org,
  request: DmlRequest,
  rows: ApexValue[],
  options: {
    allOrNone: boolean;
    accessLevel: 'user' | 'system';
    enforceSharing: boolean;
    userId: string;
  },
): DmlRowResult[] {
  const records = (): SObjectValue[] =>
    rows.map((row) => {
      if (!(row instanceof SObjectValue))
        throw ctx.error('System.TypeException', 'DML requires sObjects');
      return row;
    });
  switch (request.op) {
    case 'insert':
      return org.insert(records(), options);
    case 'update':
      return org.update(records(), options);
    case 'upsert':
      return org.upsert(records(), request.externalIdField ?? null, options);
    case 'delete':
      return org.delete(rows as never, options);
    case 'undelete':
      return org.undelete(rows as never, options);
    default:
      throw ctx.error('System.TypeException', `DML operation ${request.op} not supported`);
  }
}
