/**
 * Helpers for the lowering tests: lower a snippet and pick out the node under test.
 */
import assert from 'node:assert/strict';
import type { Expr, LocalVarStmt, MethodDecl, Stmt, TypeDecl } from '../src/ast.ts';
import { lowerFile } from '../src/lower/index.ts';

/** Lowers a whole class source and fails the test on syntax errors. */
export function lowerClass(source: string, file = 'Snippet.cls'): TypeDecl {
  const result = lowerFile(file, source);
  assert.deepEqual(result.syntaxErrors, []);
  assert.ok(result.unit);
  return result.unit.type;
}

/** The statements of `void m() { <body> }`; the body starts on line 2. */
export function statements(body: string): Stmt[] {
  const type = lowerClass(`class Snippet {\nvoid m() {\n${body}\n}\n}`);
  const method = type.members[0] as MethodDecl;
  assert.ok(method.body);
  return method.body.stmts;
}

/** The single statement of a method body (on line 3). */
export function statement(body: string): Stmt {
  const [only, ...rest] = statements(body);
  assert.equal(rest.length, 0);
  assert.ok(only);
  return only;
}

/** The expression `<source>` as the initializer of a local on line 3. */
export function expression(source: string): Expr {
  const local = statement(`Object value = ${source};`) as LocalVarStmt;
  assert.equal(local.kind, 'local');
  const init = local.declarators[0]?.init;
  assert.ok(init);
  return init;
}

/** Every `{ kind: 'unsupported' }` node under `node`, as 'what at line N'. */
export function findUnsupported(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const item of node) findUnsupported(item, found);
  } else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.kind === 'unsupported') {
      found.push(`${String(record.what)} at line ${String(record.line)}`);
    }
    for (const value of Object.values(record)) findUnsupported(value, found);
  }
  return found;
}
