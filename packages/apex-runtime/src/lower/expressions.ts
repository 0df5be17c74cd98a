/**
 * Expressions: one ast.ts node per parse-tree alternative. Dotted names stay nested FieldExprs
 * over a NameExpr (`Schema.SObjectType.Case` is field(field(name Schema, SObjectType), Case));
 * the interpreter decides what each part names.
 */
import {
  Arth1ExpressionContext,
  Arth2ExpressionContext,
  ArrayExpressionContext,
  AssignExpressionContext,
  BitAndExpressionContext,
  BitExpressionContext,
  BitNotExpressionContext,
  BitOrExpressionContext,
  CastExpressionContext,
  CmpExpressionContext,
  CoalExpressionContext,
  CondExpressionContext,
  DotExpressionContext,
  EqualityExpressionContext,
  IdPrimaryContext,
  InstanceOfExpressionContext,
  LiteralPrimaryContext,
  LogAndExpressionContext,
  LogOrExpressionContext,
  MethodCallExpressionContext,
  NegExpressionContext,
  NewExpressionContext,
  PostOpExpressionContext,
  PreOpExpressionContext,
  PrimaryExpressionContext,
  SoqlPrimaryContext,
  SoslPrimaryContext,
  SubExpressionContext,
  SuperPrimaryContext,
  ThisPrimaryContext,
  TypeRefPrimaryContext,
  VoidPrimaryContext,
  type ExpressionContext,
  type ExpressionListContext,
  type MethodCallContext,
  type PrimaryContext,
} from '@apexdevtools/apex-parser';
import type { BinaryOp, Expr } from '../ast.ts';
import { lowerCreator } from './creators.ts';
import { lowerLiteral } from './literals.ts';
import { lowerSoqlLiteral } from './soql.ts';
import { lineOf, optional, tokenTexts, Untranslatable, orUnsupported } from './support.ts';
import { lowerTypeRef } from './types.ts';

/** Parse-tree alternatives that are `left <operator tokens> right`. */
const BINARY_CONTEXTS = [
  Arth1ExpressionContext,
  Arth2ExpressionContext,
  BitExpressionContext,
  CmpExpressionContext,
  EqualityExpressionContext,
  BitAndExpressionContext,
  BitNotExpressionContext,
  BitOrExpressionContext,
  LogAndExpressionContext,
  LogOrExpressionContext,
  CoalExpressionContext,
];

const BINARY_OPS = new Set('+ - * / << >> >>> < > <= >= == != === !== & | ^ && || ??'.split(' '));

/**
 * Lowers an expression. A construct inside it that is not translated makes the innermost
 * enclosing expression an `unsupported` node.
 */
export function lowerExpression(ctx: ExpressionContext): Expr {
  return orUnsupported(ctx, translate);
}

/** `(a, b)` argument lists; absent means no arguments. */
export function lowerArguments(list: ExpressionListContext | null | undefined): Expr[] {
  return optional(list)?.expression_list().map(lowerExpression) ?? [];
}

function translate(ctx: ExpressionContext): Expr {
  const line = lineOf(ctx);
  if (ctx instanceof PrimaryExpressionContext) return lowerPrimary(ctx.primary());
  if (ctx instanceof SubExpressionContext) return lowerExpression(ctx.expression());
  if (ctx instanceof DotExpressionContext) {
    const target = lowerExpression(ctx.expression());
    const safe = optional(ctx.QUESTIONDOT()) !== undefined;
    const call = optional(ctx.dotMethodCall());
    if (call) {
      const name = call.anyId().getText();
      return {
        kind: 'call',
        line,
        target,
        name,
        args: lowerArguments(call.expressionList()),
        safe,
      };
    }
    return { kind: 'field', line, target, name: ctx.anyId().getText(), safe };
  }
  if (ctx instanceof MethodCallExpressionContext) return lowerMethodCall(ctx.methodCall());
  if (ctx instanceof ArrayExpressionContext) {
    const [target, index] = ctx.expression_list().map(lowerExpression);
    return { kind: 'index', line, target: target!, index: index! };
  }
  if (ctx instanceof NewExpressionContext) return lowerCreator(ctx.creator(), line);
  if (ctx instanceof CastExpressionContext) return lowerCast(ctx, line);
  if (ctx instanceof InstanceOfExpressionContext) {
    return {
      kind: 'instanceof',
      line,
      expr: lowerExpression(ctx.expression()),
      type: lowerTypeRef(ctx.typeRef()),
    };
  }
  if (ctx instanceof PostOpExpressionContext) {
    const op = optional(ctx.INC()) ? '++' : '--';
    return { kind: 'incDec', line, op, prefix: false, target: lowerExpression(ctx.expression()) };
  }
  if (ctx instanceof PreOpExpressionContext) return lowerPrefix(ctx, line);
  if (ctx instanceof NegExpressionContext) {
    const op = optional(ctx.BANG()) ? '!' : '~';
    return { kind: 'unary', line, op, operand: lowerExpression(ctx.expression()) };
  }
  if (ctx instanceof CondExpressionContext) {
    const [cond, then, otherwise] = ctx.expression_list().map(lowerExpression);
    return { kind: 'ternary', line, cond: cond!, then: then!, else: otherwise! };
  }
  if (ctx instanceof AssignExpressionContext) {
    const [target, value] = ctx.expression_list().map(lowerExpression);
    return { kind: 'assign', line, op: tokenTexts(ctx).join(''), target: target!, value: value! };
  }
  const binary = BINARY_CONTEXTS.find((type) => ctx instanceof type);
  if (binary) return lowerBinary(ctx as InstanceType<typeof binary>, line);
  throw new Untranslatable(`expression ${ctx.constructor.name}`);
}

/**
 * `(x) - y` reads as a cast of `-y` to type `x` in this grammar, but is a subtraction when `x`
 * is a variable; only name resolution can tell, so a plain name before a signed operand is
 * left untranslated rather than guessed (`(List<Integer>) -y` is unambiguous).
 */
function lowerCast(ctx: CastExpressionContext, line: number): Expr {
  const type = lowerTypeRef(ctx.typeRef());
  const operand = ctx.expression();
  const signed =
    operand instanceof PreOpExpressionContext &&
    (optional(operand.ADD()) !== undefined || optional(operand.SUB()) !== undefined);
  if (signed && type.args.length === 0 && type.arrayDims === 0) {
    throw new Untranslatable('(name) followed by + or -: a cast or an arithmetic operand');
  }
  return { kind: 'cast', line, type, expr: lowerExpression(operand) };
}

function lowerPrefix(ctx: PreOpExpressionContext, line: number): Expr {
  const operand = lowerExpression(ctx.expression());
  if (optional(ctx.INC())) return { kind: 'incDec', line, op: '++', prefix: true, target: operand };
  if (optional(ctx.DEC())) return { kind: 'incDec', line, op: '--', prefix: true, target: operand };
  return { kind: 'unary', line, op: optional(ctx.SUB()) ? '-' : '+', operand };
}

function lowerBinary(ctx: InstanceType<(typeof BINARY_CONTEXTS)[number]>, line: number): Expr {
  // Shifts and `>=`/`<=` are several tokens in this grammar (`>`, `>`, `>`), so join them.
  const written = tokenTexts(ctx).join('');
  // `<>` is Apex's other spelling of `!=`
  // (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_expressions_operators_understanding.htm).
  const op = written === '<>' ? '!=' : written;
  if (!BINARY_OPS.has(op)) throw new Untranslatable(`operator ${op}`);
  const [left, right] = ctx.expression_list().map(lowerExpression);
  return { kind: 'binary', line, op: op as BinaryOp, left: left!, right: right! };
}

/** `foo(a)`, and `this(a)` / `super(a)` constructor chaining (name 'this'/'super', no target). */
function lowerMethodCall(ctx: MethodCallContext): Expr {
  const name = optional(ctx.THIS()) ? 'this' : optional(ctx.SUPER()) ? 'super' : ctx.id().getText();
  return {
    kind: 'call',
    line: lineOf(ctx),
    name,
    args: lowerArguments(ctx.expressionList()),
    safe: false,
  };
}

function lowerPrimary(ctx: PrimaryContext): Expr {
  const line = lineOf(ctx);
  if (ctx instanceof IdPrimaryContext) return { kind: 'name', line, name: ctx.id().getText() };
  if (ctx instanceof LiteralPrimaryContext) return lowerLiteral(ctx.literal());
  if (ctx instanceof ThisPrimaryContext) return { kind: 'this', line };
  if (ctx instanceof SuperPrimaryContext) return { kind: 'super', line };
  if (ctx instanceof TypeRefPrimaryContext) {
    return { kind: 'typeLiteral', line, type: lowerTypeRef(ctx.typeRef()) };
  }
  if (ctx instanceof VoidPrimaryContext) {
    return { kind: 'typeLiteral', line, type: { line, names: ['void'], args: [], arrayDims: 0 } };
  }
  if (ctx instanceof SoqlPrimaryContext) return lowerSoqlLiteral(ctx.soqlLiteral());
  if (ctx instanceof SoslPrimaryContext) throw new Untranslatable('SOSL query');
  throw new Untranslatable(`expression ${ctx.constructor.name}`);
}
