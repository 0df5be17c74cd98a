/**
 * `switch on x { when 1, 2 {} when 'a' {} when null {} when RED {} when Account a {} when else {} }`.
 */
import type {
  SwitchStatementContext,
  WhenControlContext,
  WhenLiteralContext,
} from '@apexdevtools/apex-parser';
import type { SwitchStmt, WhenClause, WhenValue } from '../ast.ts';
import { lowerExpression } from './expressions.ts';
import { decodeStringLiteral, numericLiteral } from './literals.ts';
import { lowerBlock } from './statements.ts';
import { lineOf, optional, Untranslatable } from './support.ts';
import { lowerTypeRef } from './types.ts';

export function lowerSwitch(ctx: SwitchStatementContext, line: number): SwitchStmt {
  return {
    kind: 'switch',
    line,
    subject: lowerExpression(ctx.expression()),
    whens: ctx.whenControl_list().map(lowerWhen),
  };
}

function lowerWhen(ctx: WhenControlContext): WhenClause {
  const line = lineOf(ctx);
  const body = lowerBlock(ctx.block());
  const value = ctx.whenValue();
  if (optional(value.ELSE())) return { kind: 'else', line, body };
  const type = optional(value.typeRef());
  if (type)
    return { kind: 'type', line, type: lowerTypeRef(type), name: value.id().getText(), body };
  return { kind: 'values', line, values: value.whenLiteral_list().map(lowerWhenLiteral), body };
}

function lowerWhenLiteral(ctx: WhenLiteralContext): WhenValue {
  // Salesforce accepts `when (1)`: parentheses around a value change nothing.
  const inner = optional(ctx.whenLiteral());
  if (inner) return lowerWhenLiteral(inner);
  const line = lineOf(ctx);
  const name = optional(ctx.qualifiedName());
  // `when RED` or `when Season.RED`: the subject's enum type decides which constant this is.
  if (name) return { kind: 'enum', name: name.id_list().at(-1)!.getText() };
  if (optional(ctx.NULL())) {
    return { kind: 'literal', value: { kind: 'literal', line, type: 'Null', text: 'null' } };
  }
  if (optional(ctx.MultilineStringLiteral())) throw new Untranslatable('multi-line string literal');
  const string = optional(ctx.StringLiteral());
  if (string) {
    const value = decodeStringLiteral(string.getText());
    return { kind: 'literal', value: { kind: 'literal', line, type: 'String', text: value } };
  }
  // `when -1`: the signs are separate tokens; an odd number of minus signs negates.
  const number = numericLiteral((optional(ctx.IntegerLiteral()) ?? ctx.LongLiteral()).getText());
  const negative = ctx.SUB_list().length % 2 === 1;
  const signed = negative ? `-${number.text}` : number.text;
  return { kind: 'literal', value: { kind: 'literal', line, type: number.type, text: signed } };
}
