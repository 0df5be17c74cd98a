/**
 * Inline SOQL (`[SELECT ...]`) -> SoqlQuery. Clauses the runtime does not run (TYPEOF, FORMAT(),
 * USING SCOPE, HAVING, FOR VIEW, ...) make the whole query an `unsupported` expression.
 */
import type {
  FieldNameContext,
  FromNameListContext,
  GroupByClauseContext,
  LimitClauseContext,
  OffsetClauseContext,
  OrderByClauseContext,
  QueryContext,
  SelectEntryContext,
  SoqlFunctionContext,
  SoqlLiteralContext,
  SubFieldEntryContext,
  SubQueryContext,
  WithClauseContext,
  ForClausesContext,
} from '@apexdevtools/apex-parser';
import type { SoqlExpr, SoqlOrder, SoqlQuery, SoqlSelectItem, SoqlValue } from '../ast.ts';
import { lowerExpression } from './expressions.ts';
import { lowerWhere } from './soql-conditions.ts';
import { lineOf, optional, Untranslatable } from './support.ts';

/** Aggregate functions the runtime computes; other SOQL functions are not translated. */
const AGGREGATES = new Set(['count', 'count_distinct', 'avg', 'min', 'max', 'sum']);

export function lowerSoqlLiteral(ctx: SoqlLiteralContext): SoqlExpr {
  return { kind: 'soql', line: lineOf(ctx), query: lowerQuery(ctx.query()) };
}

function lowerQuery(ctx: QueryContext): SoqlQuery {
  if (optional(ctx.usingScope())) throw new Untranslatable('SOQL USING SCOPE');
  if (optional(ctx.UPDATE())) throw new Untranslatable('SOQL UPDATE TRACKING/VIEWSTAT');
  const where = optional(ctx.whereClause());
  const withClause = optional(ctx.withClause());
  const limit = optional(ctx.limitClause());
  const offset = optional(ctx.offsetClause());
  return {
    line: lineOf(ctx),
    select: ctx.selectList().selectEntry_list().map(lowerSelectEntry),
    from: lowerFrom(ctx.fromNameList()),
    ...(where && { where: lowerWhere(where.whereLogicalExpression()) }),
    ...(withClause && { with: lowerWith(withClause) }),
    groupBy: lowerGroupBy(optional(ctx.groupByClause())),
    orderBy: lowerOrderBy(optional(ctx.orderByClause())),
    ...(limit && { limit: lowerLimitOrOffset(limit) }),
    ...(offset && { offset: lowerLimitOrOffset(offset) }),
    forUpdate: lowerForClauses(ctx.forClauses()),
    allRows: optional(ctx.allRowsClause()) !== undefined,
  };
}

/** A child relationship query in the select list: `(SELECT ... FROM Events__r ...)`. */
function lowerSubQuery(ctx: SubQueryContext): SoqlQuery {
  if (optional(ctx.UPDATE())) throw new Untranslatable('SOQL UPDATE TRACKING/VIEWSTAT');
  const where = optional(ctx.whereClause());
  const limit = optional(ctx.limitClause());
  return {
    line: lineOf(ctx),
    select: ctx.subFieldList().subFieldEntry_list().map(lowerSelectEntry),
    from: lowerFrom(ctx.fromNameList()),
    ...(where && { where: lowerWhere(where.whereLogicalExpression()) }),
    groupBy: [],
    orderBy: lowerOrderBy(optional(ctx.orderByClause())),
    ...(limit && { limit: lowerLimitOrOffset(limit) }),
    forUpdate: lowerForClauses(ctx.forClauses()),
    allRows: false,
  };
}

function lowerSelectEntry(ctx: SelectEntryContext | SubFieldEntryContext): SoqlSelectItem {
  if (optional(ctx.typeOf())) throw new Untranslatable('SOQL TYPEOF');
  const alias = optional(ctx.soqlId())?.getText();
  const fn = optional(ctx.soqlFunction());
  if (fn) return lowerSelectFunction(fn, alias);
  const subQuery = optional(ctx.subQuery());
  if (subQuery) {
    if (alias !== undefined) throw new Untranslatable('SOQL subquery alias');
    return { kind: 'subquery', query: lowerSubQuery(subQuery) };
  }
  // Field aliases are only legal for grouped fields of aggregate queries.
  if (alias !== undefined) throw new Untranslatable('SOQL field alias');
  return { kind: 'field', path: fieldPath(ctx.fieldName()) };
}

/** `COUNT()`, `COUNT(Id) holderCount`, `MAX(Sent_At__c)`. */
function lowerSelectFunction(ctx: SoqlFunctionContext, alias: string | undefined): SoqlSelectItem {
  const fn = ctx.start.text.toLowerCase();
  if (!AGGREGATES.has(fn)) throw new Untranslatable(`SOQL ${ctx.start.text}()`);
  const field = optional(ctx.fieldName());
  if (!field) {
    if (alias !== undefined) throw new Untranslatable('SOQL COUNT() alias');
    return { kind: 'countAll' };
  }
  return { kind: 'aggregate', fn, path: fieldPath(field), ...(alias !== undefined && { alias }) };
}

export function fieldPath(ctx: FieldNameContext): string[] {
  return ctx.soqlId_list().map((id) => id.getText());
}

function lowerFrom(ctx: FromNameListContext): string {
  const objects = ctx.fieldName_list();
  if (objects.length !== 1) throw new Untranslatable('SOQL query on several objects');
  if (ctx.soqlId_list().length > 0) throw new Untranslatable('SOQL object alias');
  const path = fieldPath(objects[0]!);
  if (path.length !== 1) throw new Untranslatable('SOQL FROM with a dotted name');
  return path[0]!;
}

function lowerWith(ctx: WithClauseContext): SoqlQuery['with'] {
  if (optional(ctx.USER_MODE())) return 'USER_MODE';
  if (optional(ctx.SYSTEM_MODE())) return 'SYSTEM_MODE';
  if (optional(ctx.SECURITY_ENFORCED())) return 'SECURITY_ENFORCED';
  if (optional(ctx.DATA())) throw new Untranslatable('SOQL WITH DATA CATEGORY');
  throw new Untranslatable('SOQL WITH filter');
}

function lowerGroupBy(ctx: GroupByClauseContext | undefined): string[][] {
  if (!ctx) return [];
  if (optional(ctx.ROLLUP()) || optional(ctx.CUBE()))
    throw new Untranslatable('SOQL GROUP BY ROLLUP/CUBE');
  if (optional(ctx.HAVING())) throw new Untranslatable('SOQL HAVING');
  return ctx
    .fieldGroupByList()
    .fieldGroupBy_list()
    .map((entry) => {
      if (optional(entry.soqlFunction())) throw new Untranslatable('SOQL GROUP BY function');
      return fieldPath(entry.fieldName());
    });
}

function lowerOrderBy(ctx: OrderByClauseContext | undefined): SoqlOrder[] {
  if (!ctx) return [];
  return ctx
    .fieldOrderList()
    .fieldOrder_list()
    .map((entry) => {
      if (optional(entry.soqlFunction())) throw new Untranslatable('SOQL ORDER BY function');
      const order: SoqlOrder = {
        path: fieldPath(entry.fieldName()),
        descending: optional(entry.DESC()) !== undefined,
      };
      if (optional(entry.NULLS())) order.nullsLast = optional(entry.LAST()) !== undefined;
      return order;
    });
}

function lowerLimitOrOffset(ctx: LimitClauseContext | OffsetClauseContext): SoqlValue {
  const bound = optional(ctx.boundExpression());
  if (bound) return { kind: 'bind', expr: lowerExpression(bound.expression()) };
  return { kind: 'literal', type: 'Number', text: ctx.IntegerLiteral().getText() };
}

/** `FOR UPDATE` locks rows; FOR VIEW / FOR REFERENCE update recently-viewed data, not run here. */
function lowerForClauses(ctx: ForClausesContext): boolean {
  if (ctx.VIEW_list().length > 0 || ctx.REFERENCE_list().length > 0) {
    throw new Untranslatable('SOQL FOR VIEW/REFERENCE');
  }
  return ctx.UPDATE_list().length > 0;
}
