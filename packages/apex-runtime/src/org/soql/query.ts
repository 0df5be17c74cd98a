/**
 * Runs a parsed SOQL query against the org: object and field resolution, user-mode checks,
 * sharing, WHERE, GROUP BY / aggregates, ORDER BY, OFFSET, LIMIT, projection and subqueries.
 */
import type { SoqlQuery, SoqlValue } from '../../ast.ts';
import { ApexDecimal, type SObjectValue } from '../../values.ts';
import type { OrgContext } from '../context.ts';
import { queryException, unsupportedObject } from '../errors.ts';
import type { ObjectDef } from '../schema/types.ts';
import type { UserAccess } from '../security/user-access.ts';
import type { StoredRecord } from '../store/record-store.ts';
import { QueryAccessCheck } from './access.ts';
import { aggregate, aggregateItems } from './aggregate.ts';
import { evaluateOperand, type BindEvaluator } from './operands.ts';
import { compileOrder } from './order.ts';
import { resolvePath, type ResolvedPath } from './paths.ts';
import { projectRecord, type ResolvedSubquery } from './project.ts';
import { userRecordAccessRows } from './virtual.ts';
import { compileWhere } from './where.ts';

export interface QueryOptions {
  /** 'user': WITH USER_MODE; 'security_enforced': WITH SECURITY_ENFORCED; 'system': neither. */
  mode: 'user' | 'system' | 'security_enforced';
  /** Record visibility of `userId` applies (user mode always; system mode in `with sharing` code). */
  enforceSharing: boolean;
  userId: string;
}

/** Rows, or the count of a `SELECT COUNT()` query. */
export type QueryResult = SObjectValue[] | number;

interface QueryScope {
  ctx: OrgContext;
  bind: BindEvaluator;
  opts: QueryOptions;
  user: UserAccess;
  check: QueryAccessCheck | null;
}

export function runQuery(
  ctx: OrgContext,
  query: SoqlQuery,
  bind: BindEvaluator,
  opts: QueryOptions,
): QueryResult {
  const root = ctx.schema.object(query.from);
  if (root === undefined) throw unsupportedObject(query.from);
  const user = ctx.permissions.forUser(opts.userId);
  const check = opts.mode === 'system' ? null : new QueryAccessCheck(user, opts.mode);
  const scope: QueryScope = { ctx, bind, opts, user, check };
  check?.object(root);
  const filterPath = (p: ResolvedPath) =>
    check?.checksClause('filter') ? check.path(p) : undefined;
  const where = compileWhere(ctx, root, query.where, bind, filterPath);
  const sort = compileOrder(ctx, root, query.orderBy, filterPath);
  const resolve = (path: string[]) => resolvePath(ctx.schema, root, path);
  const groupBy = query.groupBy.map(resolve);
  groupBy.forEach(filterPath);
  const isAggregate = query.select.some((s) => s.kind === 'aggregate') || groupBy.length > 0;
  const countOnly = query.select.length === 1 && query.select[0]?.kind === 'countAll';
  const aggregates = isAggregate ? aggregateItems(query.select, resolve, groupBy) : [];
  const fields = isAggregate ? [] : selectedFields(query, resolve);
  for (const item of aggregates) check?.path(item.path);
  for (const path of fields) check?.path(path);
  const subqueries = isAggregate ? [] : resolveSubqueries(scope, root, query);
  check?.verify();

  const rows = candidates(scope, root, query).filter(where);
  const offset = limitValue(scope, query.offset) ?? 0;
  const limit = limitValue(scope, query.limit);
  if (countOnly) return Math.min(rows.length, limit ?? Infinity);
  const page = <T>(items: T[]) =>
    items.slice(offset, limit === undefined ? undefined : offset + limit);
  if (isAggregate) return page(aggregate(ctx, rows, groupBy, aggregates));
  const includeId = root.kind !== 'virtual';
  return page(sort(rows)).map((r) => projectRecord(ctx, r, fields, subqueries, includeId));
}

function selectedFields(
  query: SoqlQuery,
  resolve: (path: string[]) => ResolvedPath,
): ResolvedPath[] {
  return query.select.flatMap((item) => {
    if (item.kind === 'field') return [resolve(item.path)];
    if (item.kind === 'countAll' && query.select.length > 1) {
      throw queryException('COUNT() must be the only element in the SELECT list');
    }
    return [];
  });
}

/** Live (or, with ALL ROWS, all) records of the object the user may see. */
function candidates(scope: QueryScope, object: ObjectDef, query: SoqlQuery): StoredRecord[] {
  const { ctx, opts, user } = scope;
  if (object.name === 'UserRecordAccess') return userRecordAccessRows(ctx, query.where, scope.bind);
  const all = [...ctx.store.ofType(object.name, query.allRows)];
  if (opts.mode !== 'user' && !opts.enforceSharing) return all;
  return all.filter((r) => ctx.permissions.sharing.access(user, r).read);
}

function resolveSubqueries(
  scope: QueryScope,
  root: ObjectDef,
  query: SoqlQuery,
): ResolvedSubquery[] {
  return query.select.flatMap((item) => {
    if (item.kind !== 'subquery') return [];
    const { ctx, check } = scope;
    const sub = item.query;
    const relationship = ctx.schema.childRelationship(root, sub.from);
    const child = relationship ? ctx.schema.object(relationship.childObject) : undefined;
    if (relationship === undefined || child === undefined) {
      throw queryException(
        `Didn't understand relationship '${sub.from}' in FROM part of query call. If you are ` +
          `attempting to use a custom relationship, be sure to append the '__r' after the custom ` +
          `relationship name. Please reference your WSDL or the describe call for the ` +
          `appropriate names.`,
      );
    }
    check?.object(child);
    const filterPath = (p: ResolvedPath) =>
      check?.checksClause('filter') ? check.path(p) : undefined;
    const where = compileWhere(ctx, child, sub.where, scope.bind, filterPath);
    const sort = compileOrder(ctx, child, sub.orderBy, filterPath);
    const fields = selectedFields(sub, (path) => resolvePath(ctx.schema, child, path));
    for (const path of fields) check?.path(path);
    const limit = limitValue(scope, sub.limit);
    const parentKey = relationship.field.toLowerCase();
    const resolved: ResolvedSubquery = {
      query: sub,
      relationship,
      rowsFor: (parent) => {
        const rows = candidates(scope, child, sub).filter(
          (r) => r.values.get(parentKey) === parent.id && where(r),
        );
        const sorted = sort(rows);
        return (limit === undefined ? sorted : sorted.slice(0, limit)).map((r) =>
          projectRecord(ctx, r, fields, []),
        );
      },
    };
    return [resolved];
  });
}

function limitValue(scope: QueryScope, value: SoqlValue | undefined): number | undefined {
  if (value === undefined) return undefined;
  const operand = evaluateOperand(value, scope.bind, scope.ctx.now());
  const n = operand.kind === 'value' ? operand.value : null;
  const number = typeof n === 'number' ? n : n instanceof ApexDecimal ? n.value.toNumber() : NaN;
  if (!Number.isInteger(number) || number < 0)
    throw queryException('LIMIT and OFFSET must be non-negative integers');
  return number;
}
