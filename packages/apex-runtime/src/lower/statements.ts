/**
 * Statements and blocks. A statement containing a construct that is not translated (and that
 * no inner expression absorbed) becomes an `unsupported` statement.
 */
import type {
  BlockContext,
  CatchClauseContext,
  ForStatementContext,
  LocalVariableDeclarationContext,
  ModifierContext,
  RunAsStatementContext,
  StatementContext,
  TryStatementContext,
  VariableDeclaratorsContext,
} from '@apexdevtools/apex-parser';
import type {
  Block,
  CatchClause,
  LocalVarStmt,
  Modifiers,
  Stmt,
  VariableDeclarator,
} from '../ast.ts';
import { lowerDml } from './dml.ts';
import { lowerArguments, lowerExpression } from './expressions.ts';
import { lineOf, optional, Untranslatable, orUnsupported } from './support.ts';
import { lowerSwitch } from './switch.ts';
import { lowerModifiers, lowerTypeRef, typeRefFromQualifiedName } from './types.ts';

export function lowerBlock(ctx: BlockContext): Block {
  return { kind: 'block', line: lineOf(ctx), stmts: ctx.statement_list().map(lowerStatement) };
}

export function lowerStatement(ctx: StatementContext): Stmt {
  return orUnsupported(ctx, translate);
}

/** `int a = 1, b;` in a method body or a `for` header. */
export function lowerLocalDeclaration(ctx: LocalVariableDeclarationContext): LocalVarStmt {
  return {
    kind: 'local',
    line: lineOf(ctx),
    modifiers: keywordModifiers(ctx.modifier_list(), 'local variable'),
    type: lowerTypeRef(ctx.typeRef()),
    declarators: lowerDeclarators(ctx.variableDeclarators()),
  };
}

export function lowerDeclarators(ctx: VariableDeclaratorsContext): VariableDeclarator[] {
  return ctx.variableDeclarator_list().map((declarator) => {
    const init = optional(declarator.expression());
    return {
      line: lineOf(declarator),
      name: declarator.id().getText(),
      ...(init && { init: lowerExpression(init) }),
    };
  });
}

/** Modifiers of something that takes no annotations (a local, a parameter, an accessor). */
export function keywordModifiers(contexts: ModifierContext[], what: string): Modifiers {
  const { modifiers, annotations } = lowerModifiers(contexts);
  if (annotations.length > 0) throw new Untranslatable(`annotation on a ${what}`);
  return modifiers;
}

function translate(ctx: StatementContext): Stmt {
  const line = lineOf(ctx);
  const block = optional(ctx.block());
  if (block) return lowerBlock(block);
  const local = optional(ctx.localVariableDeclarationStatement());
  if (local) return lowerLocalDeclaration(local.localVariableDeclaration());
  const expression = optional(ctx.expressionStatement());
  if (expression) return { kind: 'expr', line, expr: lowerExpression(expression.expression()) };
  const ifStmt = optional(ctx.ifStatement());
  if (ifStmt) {
    const [then, otherwise] = ifStmt.statement_list().map(lowerStatement);
    const cond = lowerExpression(ifStmt.parExpression().expression());
    return { kind: 'if', line, cond, then: then!, ...(otherwise && { else: otherwise }) };
  }
  const forStmt = optional(ctx.forStatement());
  if (forStmt) return lowerFor(forStmt, line);
  const whileStmt = optional(ctx.whileStatement());
  if (whileStmt) {
    const cond = lowerExpression(whileStmt.parExpression().expression());
    return { kind: 'while', line, cond, body: bodyOrEmpty(whileStmt.statement(), line) };
  }
  const doWhile = optional(ctx.doWhileStatement());
  if (doWhile) {
    const body = lowerBlock(doWhile.block());
    return {
      kind: 'doWhile',
      line,
      body,
      cond: lowerExpression(doWhile.parExpression().expression()),
    };
  }
  const tryStmt = optional(ctx.tryStatement());
  if (tryStmt) return lowerTry(tryStmt, line);
  const returnStmt = optional(ctx.returnStatement());
  if (returnStmt) {
    const value = optional(returnStmt.expression());
    return { kind: 'return', line, ...(value && { value: lowerExpression(value) }) };
  }
  const throwStmt = optional(ctx.throwStatement());
  if (throwStmt) return { kind: 'throw', line, value: lowerExpression(throwStmt.expression()) };
  if (optional(ctx.breakStatement())) return { kind: 'break', line };
  if (optional(ctx.continueStatement())) return { kind: 'continue', line };
  const switchStmt = optional(ctx.switchStatement());
  if (switchStmt) return lowerSwitch(switchStmt, line);
  const runAs = optional(ctx.runAsStatement());
  if (runAs) return lowerRunAs(runAs, line);
  return lowerDml(ctx, line);
}

/** `while (x);` and `for (...);` have an empty body. */
function bodyOrEmpty(statement: StatementContext | null, line: number): Stmt {
  const body = optional(statement);
  return body ? lowerStatement(body) : { kind: 'block', line, stmts: [] };
}

function lowerFor(ctx: ForStatementContext, line: number): Stmt {
  const control = ctx.forControl();
  const body = bodyOrEmpty(ctx.statement(), line);
  const each = optional(control.enhancedForControl());
  if (each) {
    return {
      kind: 'forEach',
      line,
      type: lowerTypeRef(each.typeRef()),
      name: each.id().getText(),
      iterable: lowerExpression(each.expression()),
      body,
    };
  }
  const init = optional(control.forInit());
  const local = optional(init?.localVariableDeclaration());
  const cond = optional(control.expression());
  return {
    kind: 'for',
    line,
    ...(init && {
      init: local ? lowerLocalDeclaration(local) : lowerArguments(init.expressionList()),
    }),
    ...(cond && { cond: lowerExpression(cond) }),
    update: lowerArguments(optional(control.forUpdate())?.expressionList()),
    body,
  };
}

function lowerTry(ctx: TryStatementContext, line: number): Stmt {
  const finallyBlock = optional(ctx.finallyBlock());
  return {
    kind: 'try',
    line,
    body: lowerBlock(ctx.block()),
    catches: ctx.catchClause_list().map(lowerCatch),
    ...(finallyBlock && { finally: lowerBlock(finallyBlock.block()) }),
  };
}

function lowerCatch(ctx: CatchClauseContext): CatchClause {
  // `final` is the only modifier a catch parameter takes and changes nothing at run time.
  keywordModifiers(ctx.modifier_list(), 'catch parameter');
  return {
    line: lineOf(ctx),
    type: typeRefFromQualifiedName(ctx.qualifiedName()),
    name: ctx.id().getText(),
    body: lowerBlock(ctx.block()),
  };
}

/** `System.runAs(user) { ... }` (the lexer reads `System.runAs` as one token). */
function lowerRunAs(ctx: RunAsStatementContext, line: number): Stmt {
  const args = lowerArguments(ctx.expressionList());
  if (args.length !== 1) throw new Untranslatable(`System.runAs with ${args.length} arguments`);
  return { kind: 'runAs', line, user: args[0]!, body: lowerBlock(ctx.block()) };
}
