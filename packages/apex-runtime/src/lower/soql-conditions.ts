/**
 * SOQL WHERE conditions and the values compared in them. SOQL itself forbids mixing AND and OR
 * without parentheses, and so does the grammar, so each level is all-AND, all-OR or one NOT.
 */
import type {
  ComparisonOperatorContext,
  DateFormulaContext,
  SignedNumberContext,
  ValueContext,
  WhereConditionalExpressionContext,
  WhereLogicalExpressionContext,
} from '@apexdevtools/apex-parser';
import type { SoqlCondition, SoqlValue } from '../ast.ts';
import { lowerExpression } from './expressions.ts';
import { decodeStringLiteral } from './literals.ts';
import { fieldPath } from './soql.ts';
import { optional, tokenTexts, Untranslatable } from './support.ts';

export function lowerWhere(ctx: WhereLogicalExpressionContext): SoqlCondition {
  const items = ctx.whereConditionalExpression_list().map(lowerConditional);
  if (optional(ctx.NOT())) return { kind: 'not', item: items[0]! };
  if (ctx.SOQLAND_list().length > 0) return { kind: 'and', items };
  if (ctx.SOQLOR_list().length > 0) return { kind: 'or', items };
  return items[0]!;
}

function lowerConditional(ctx: WhereConditionalExpressionContext): SoqlCondition {
  const nested = optional(ctx.whereLogicalExpression());
  if (nested) return lowerWhere(nested);
  const condition = ctx.whereFieldExpression();
  if (optional(condition.FORMULA())) throw new Untranslatable('SOQL FORMULA()');
  const field = condition.fieldExpression();
  if (optional(field.soqlFunction())) throw new Untranslatable('SOQL function in WHERE');
  return {
    kind: 'compare',
    path: fieldPath(field.fieldName()),
    op: comparisonOperator(field.comparisonOperator()),
    value: lowerValue(field.value()),
  };
}

/** Lower-cased; `<`,`=` tokens -> '<=', `NOT`,`IN` -> 'not in'. */
function comparisonOperator(ctx: ComparisonOperatorContext): string {
  const tokens = tokenTexts(ctx).map((token) => token.toLowerCase());
  return tokens.join(tokens[0] === 'not' ? ' ' : '');
}

export function lowerValue(ctx: ValueContext): SoqlValue {
  const bound = optional(ctx.boundExpression());
  if (bound) return { kind: 'bind', expr: lowerExpression(bound.expression()) };
  const list = optional(ctx.valueList());
  if (list) return { kind: 'list', values: list.value_list().map(lowerValue) };
  const text = ctx.getText();
  if (optional(ctx.NULL())) return { kind: 'literal', type: 'Null', text: 'null' };
  if (optional(ctx.BooleanLiteral())) {
    return { kind: 'literal', type: 'Boolean', text: text.toLowerCase() };
  }
  if (optional(ctx.StringLiteral())) {
    return { kind: 'literal', type: 'String', text: decodeStringLiteral(text) };
  }
  const number = optional(ctx.signedNumber());
  if (number) return { kind: 'literal', type: 'Number', text: signedNumberText(number) };
  if (optional(ctx.DateLiteral())) return { kind: 'literal', type: 'Date', text };
  if (optional(ctx.DateTimeLiteral())) return { kind: 'literal', type: 'Datetime', text };
  const formula = optional(ctx.dateFormula());
  if (formula) return lowerDateFormula(formula);
  if (optional(ctx.TimeLiteral())) throw new Untranslatable('SOQL time literal');
  if (optional(ctx.IntegralCurrencyLiteral())) throw new Untranslatable('SOQL currency literal');
  if (optional(ctx.subQuery())) throw new Untranslatable('SOQL semi-join subquery');
  if (optional(ctx.MultilineStringLiteral())) throw new Untranslatable('multi-line string literal');
  throw new Untranslatable('SOQL value');
}

function signedNumberText(ctx: SignedNumberContext): string {
  const digits = (optional(ctx.IntegerLiteral()) ?? ctx.NumberLiteral()).getText();
  // The Apex lexer lets a Double suffix through here; SOQL numbers have none.
  if (/d$/i.test(digits)) throw new Untranslatable('SOQL number with a d suffix');
  return optional(ctx.SUB()) ? `-${digits}` : digits;
}

/** `TODAY` -> { name 'TODAY' }, `LAST_N_DAYS:30` -> { name 'LAST_N_DAYS', n 30 }. */
function lowerDateFormula(ctx: DateFormulaContext): SoqlValue {
  const name = ctx.start.text.toUpperCase();
  const n = optional(ctx.signedInteger());
  if (!n) return { kind: 'dateLiteral', name };
  return { kind: 'dateLiteral', name, n: Number.parseInt(n.getText(), 10) };
}
