/**
 * Statement execution. Each statement records its line for coverage and counts toward the CPU
 * estimate; `break`/`continue`/`return` travel up as Completion values, Apex exceptions as
 * ApexThrow.
 */
import type {
  Block,
  CatchClause,
  ForEachStmt,
  Stmt,
  SwitchStmt,
  TryStmt,
  WhenValue,
} from '../ast.ts';
import { ApexList, ApexMap, ApexSet } from '../collections.ts';
import { ApexEnumValue, ApexInstance, ApexThrow, SObjectValue, type ApexValue } from '../values.ts';
import { isInstanceOf } from './coercion.ts';
import { evalExpr, evalLiteral } from './expressions.ts';
import type { Frame } from './frame.ts';
import type { Interpreter } from './interpreter.ts';
import { BREAK, CONTINUE, Scope, type Completion } from './scope.ts';

export function execBlock(interp: Interpreter, frame: Frame, block: Block): Completion {
  const outer = frame.scope;
  frame.scope = new Scope(outer);
  try {
    for (const stmt of block.stmts) {
      const completion = execStmt(interp, frame, stmt);
      if (completion) return completion;
    }
    return undefined;
  } finally {
    frame.scope = outer;
  }
}

function truthy(interp: Interpreter, value: ApexValue): boolean {
  if (value === null) throw interp.nullPointer();
  return value === true;
}

export function execStmt(interp: Interpreter, frame: Frame, stmt: Stmt): Completion {
  if (stmt.kind !== 'block') interp.hit(frame.file, stmt.line);
  switch (stmt.kind) {
    case 'block':
      return execBlock(interp, frame, stmt);
    case 'local': {
      const type = interp.resolveType(stmt.type, frame.cls);
      for (const declarator of stmt.declarators) {
        const value = declarator.init
          ? interp.coerce(evalExpr(interp, frame, declarator.init), type)
          : null;
        frame.scope.declare(declarator.name, type, value);
      }
      return undefined;
    }
    case 'expr':
      evalExpr(interp, frame, stmt.expr);
      return undefined;
    case 'if':
      if (truthy(interp, evalExpr(interp, frame, stmt.cond)))
        return execStmt(interp, frame, stmt.then);
      return stmt.else ? execStmt(interp, frame, stmt.else) : undefined;
    case 'while':
      while (truthy(interp, evalExpr(interp, frame, stmt.cond))) {
        const completion = loopBody(interp, frame, stmt.body);
        if (completion === BREAK) break;
        if (completion) return completion;
      }
      return undefined;
    case 'doWhile':
      do {
        const completion = loopBody(interp, frame, stmt.body);
        if (completion === BREAK) break;
        if (completion) return completion;
      } while (truthy(interp, evalExpr(interp, frame, stmt.cond)));
      return undefined;
    case 'for':
      return execFor(interp, frame, stmt);
    case 'forEach':
      return execForEach(interp, frame, stmt);
    case 'return':
      return { kind: 'return', value: stmt.value ? evalExpr(interp, frame, stmt.value) : null };
    case 'break':
      return BREAK;
    case 'continue':
      return CONTINUE;
    case 'throw': {
      const value = evalExpr(interp, frame, stmt.value);
      if (!(value instanceof ApexInstance)) throw interp.nullPointer();
      throw new ApexThrow(value);
    }
    case 'try':
      return execTry(interp, frame, stmt);
    case 'switch':
      return execSwitch(interp, frame, stmt);
    case 'dml':
      interp.platform.dml(interp.ctx, stmt.op, evalExpr(interp, frame, stmt.target), {
        allOrNone: true,
        accessLevel: stmt.accessLevel ?? 'system',
        enforceSharing: frame.enforceSharing,
        externalIdField: stmt.field?.at(-1),
      });
      return undefined;
    case 'runAs':
      return interp.services.runAs(evalExpr(interp, frame, stmt.user), () =>
        execBlock(interp, frame, stmt.body),
      );
    case 'unsupported':
      throw interp.unsupported(stmt.what, stmt.line);
  }
}

/** Runs a loop body; `continue` becomes a normal completion. */
function loopBody(interp: Interpreter, frame: Frame, body: Stmt): Completion {
  const completion = execStmt(interp, frame, body);
  return completion === CONTINUE ? undefined : completion;
}

function execFor(interp: Interpreter, frame: Frame, stmt: Stmt & { kind: 'for' }): Completion {
  const outer = frame.scope;
  frame.scope = new Scope(outer);
  try {
    if (Array.isArray(stmt.init)) for (const expr of stmt.init) evalExpr(interp, frame, expr);
    else if (stmt.init) execStmt(interp, frame, stmt.init);
    while (!stmt.cond || truthy(interp, evalExpr(interp, frame, stmt.cond))) {
      const completion = loopBody(interp, frame, stmt.body);
      if (completion === BREAK) break;
      if (completion) return completion;
      for (const update of stmt.update) evalExpr(interp, frame, update);
    }
    return undefined;
  } finally {
    frame.scope = outer;
  }
}

function iterationItems(interp: Interpreter, iterable: ApexValue): ApexValue[] {
  if (iterable === null) throw interp.nullPointer();
  if (iterable instanceof ApexList) return [...iterable.items];
  if (iterable instanceof ApexSet) return [...iterable.values()];
  if (iterable instanceof ApexMap) throw interp.compileError('Loop must iterate over collection');
  throw interp.unsupported('iteration over a custom Iterable');
}

function execForEach(interp: Interpreter, frame: Frame, stmt: ForEachStmt): Completion {
  const type = interp.resolveType(stmt.type, frame.cls);
  const items = iterationItems(interp, evalExpr(interp, frame, stmt.iterable));
  const outer = frame.scope;
  try {
    for (const item of items) {
      frame.scope = new Scope(outer);
      frame.scope.declare(stmt.name, type, interp.coerce(item, type));
      const completion = loopBody(interp, frame, stmt.body);
      if (completion === BREAK) break;
      if (completion) return completion;
    }
    return undefined;
  } finally {
    frame.scope = outer;
  }
}

/**
 * System.LimitException and System.AssertException cannot be caught ("Execution Governors and
 * Limits"; "Assert Class": "You can't catch an assertion failure using a try/catch block").
 */
const UNCATCHABLE = new Set(['System.LimitException', 'System.AssertException']);

function catches(
  interp: Interpreter,
  clause: CatchClause,
  frame: Frame,
  error: ApexThrow,
): boolean {
  const type = interp.resolveType(clause.type, frame.cls);
  if (UNCATCHABLE.has(error.exception.cls.name)) return false;
  return isInstanceOf(error.exception, type, interp.registry);
}

function execTry(interp: Interpreter, frame: Frame, stmt: TryStmt): Completion {
  let completion: Completion;
  try {
    completion = execBlock(interp, frame, stmt.body);
  } catch (error) {
    const clause =
      error instanceof ApexThrow
        ? stmt.catches.find((c) => catches(interp, c, frame, error))
        : undefined;
    if (!clause || !(error instanceof ApexThrow)) {
      if (stmt.finally) {
        const finalCompletion = execBlock(interp, frame, stmt.finally);
        if (finalCompletion) return finalCompletion;
      }
      throw error;
    }
    const outer = frame.scope;
    frame.scope = new Scope(outer);
    frame.scope.declare(clause.name, interp.resolveType(clause.type, frame.cls), error.exception);
    try {
      interp.hit(frame.file, clause.line);
      completion = execBlock(interp, frame, clause.body);
    } catch (inner) {
      frame.scope = outer;
      if (stmt.finally) {
        const finalCompletion = execBlock(interp, frame, stmt.finally);
        if (finalCompletion) return finalCompletion;
      }
      throw inner;
    } finally {
      frame.scope = outer;
    }
  }
  if (stmt.finally) {
    const finalCompletion = execBlock(interp, frame, stmt.finally);
    if (finalCompletion) return finalCompletion;
  }
  return completion;
}

function whenMatches(interp: Interpreter, subject: ApexValue, value: WhenValue): boolean {
  if (value.kind === 'enum') {
    return (
      subject instanceof ApexEnumValue && subject.name.toLowerCase() === value.name.toLowerCase()
    );
  }
  const literal = evalLiteral(value.value);
  if (literal === null || subject === null) return literal === subject;
  // `switch on` compares Strings case-sensitively, unlike `==`.
  if (typeof literal === 'string') return subject === literal;
  return interp.equals(subject, literal);
}

function execSwitch(interp: Interpreter, frame: Frame, stmt: SwitchStmt): Completion {
  const subject = evalExpr(interp, frame, stmt.subject);
  for (const when of stmt.whens) {
    if (when.kind === 'else') {
      interp.hit(frame.file, when.line);
      return execBlock(interp, frame, when.body);
    }
    if (when.kind === 'values') {
      if (when.values.some((value) => whenMatches(interp, subject, value))) {
        interp.hit(frame.file, when.line);
        return execBlock(interp, frame, when.body);
      }
      continue;
    }
    const type = interp.resolveType(when.type, frame.cls);
    if (subject instanceof SObjectValue || subject instanceof ApexInstance) {
      if (isInstanceOf(subject, type, interp.registry)) {
        interp.hit(frame.file, when.line);
        const outer = frame.scope;
        frame.scope = new Scope(outer);
        frame.scope.declare(when.name, type, subject);
        try {
          return execBlock(interp, frame, when.body);
        } finally {
          frame.scope = outer;
        }
      }
    }
  }
  // No branch matched and there is no `when else`: nothing runs (a null subject included).
  return undefined;
}
