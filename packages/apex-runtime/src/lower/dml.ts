/**
 * DML statements: `insert x;`, `update as user x;`, `upsert records Foo__c.Key__c;`,
 * `merge master duplicate;`.
 */
import type { StatementContext } from '@apexdevtools/apex-parser';
import type { DmlStmt } from '../ast.ts';
import { lowerExpression } from './expressions.ts';
import { optional, Untranslatable } from './support.ts';
import { qualifiedNameParts } from './types.ts';

export function lowerDml(ctx: StatementContext, line: number): DmlStmt {
  const statement =
    optional(ctx.insertStatement()) ??
    optional(ctx.updateStatement()) ??
    optional(ctx.deleteStatement()) ??
    optional(ctx.undeleteStatement()) ??
    optional(ctx.upsertStatement()) ??
    optional(ctx.mergeStatement());
  if (!statement) throw new Untranslatable('statement');
  // Every DML statement starts with its keyword, in any case.
  const op = statement.start.text.toLowerCase() as DmlStmt['op'];
  const level = optional(statement.accessLevel());
  const accessLevel = level && (optional(level.USER()) ? 'user' : 'system');
  if ('expression_list' in statement) {
    const [target, other] = statement.expression_list().map(lowerExpression);
    return {
      kind: 'dml',
      line,
      op,
      target: target!,
      other: other!,
      ...(accessLevel && { accessLevel }),
    };
  }
  const field = 'qualifiedName' in statement ? optional(statement.qualifiedName()) : undefined;
  return {
    kind: 'dml',
    line,
    op,
    target: lowerExpression(statement.expression()),
    ...(field && { field: qualifiedNameParts(field) }),
    ...(accessLevel && { accessLevel }),
  };
}
