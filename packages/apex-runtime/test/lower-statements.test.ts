/**
 * Lowering of statements: locals, control flow, loops (incl. SOQL for-loops), try/catch,
 * switch, DML and System.runAs. Snippet bodies start on line 3 (see lower-fixtures.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type {
  DmlStmt,
  ForEachStmt,
  ForStmt,
  IfStmt,
  RunAsStmt,
  SwitchStmt,
  TryStmt,
} from '../src/ast.ts';
import { statement, statements } from './lower-fixtures.ts';

const name = (line: number, text: string) => ({ kind: 'name', line, name: text });
const int = (line: number, text: string) => ({ kind: 'literal', line, type: 'Integer', text });
const str = (line: number, text: string) => ({ kind: 'literal', line, type: 'String', text });
const type = (line: number, ...names: string[]) => ({ line, names, args: [], arrayDims: 0 });

describe('simple statements', () => {
  test('a final local with two declarators', () => {
    assert.deepEqual(statement('final Integer a = 1, b;'), {
      kind: 'local',
      line: 3,
      modifiers: ['final'],
      type: type(3, 'Integer'),
      declarators: [
        { line: 3, name: 'a', init: int(3, '1') },
        { line: 3, name: 'b' },
      ],
    });
  });

  test('return, throw, break and continue', () => {
    const [returnValue, returnVoid, throwStmt] = statements('return x;\nreturn;\nthrow e;');
    assert.deepEqual(returnValue, { kind: 'return', line: 3, value: name(3, 'x') });
    assert.deepEqual(returnVoid, { kind: 'return', line: 4 });
    assert.deepEqual(throwStmt, { kind: 'throw', line: 5, value: name(5, 'e') });
    const loop = statement('while (true) {\nbreak;\ncontinue;\n}');
    assert.deepEqual(loop.kind === 'while' && loop.body.kind === 'block' ? loop.body.stmts : [], [
      { kind: 'break', line: 4 },
      { kind: 'continue', line: 5 },
    ]);
  });

  test('an annotation on a local variable is unsupported', () => {
    assert.deepEqual(statement('@TestVisible Integer a;'), {
      kind: 'unsupported',
      line: 3,
      what: 'annotation on a local variable',
    });
  });

  test('nested blocks keep their own line', () => {
    assert.deepEqual(statement('{\n}'), { kind: 'block', line: 3, stmts: [] });
  });
});

describe('control flow', () => {
  test('if / else if / else', () => {
    const stmt = statement('if (a) {\n} else if (b) x++;\nelse {\n}') as IfStmt;
    assert.equal(stmt.kind, 'if');
    assert.deepEqual(stmt.cond, name(3, 'a'));
    assert.deepEqual(stmt.then, { kind: 'block', line: 3, stmts: [] });
    const elseIf = stmt.else as IfStmt;
    assert.equal(elseIf.kind, 'if');
    assert.equal(elseIf.line, 4);
    assert.equal(elseIf.then.kind, 'expr');
    assert.deepEqual(elseIf.else, { kind: 'block', line: 5, stmts: [] });
  });

  test('an if without else has no else key', () => {
    assert.ok(!('else' in statement('if (a) return;')));
  });

  test('while with an empty body, do-while', () => {
    assert.deepEqual(statement('while (a);'), {
      kind: 'while',
      line: 3,
      cond: name(3, 'a'),
      body: { kind: 'block', line: 3, stmts: [] },
    });
    assert.deepEqual(statement('do {\n} while (a);'), {
      kind: 'doWhile',
      line: 3,
      body: { kind: 'block', line: 3, stmts: [] },
      cond: name(4, 'a'),
    });
  });

  test('classic for with a declaration, condition and update', () => {
    const stmt = statement('for (Integer i = 0; i < 3; i++) { }') as ForStmt;
    assert.equal(stmt.kind, 'for');
    assert.equal(!Array.isArray(stmt.init) && stmt.init?.kind, 'local');
    assert.deepEqual(stmt.cond, {
      kind: 'binary',
      line: 3,
      op: '<',
      left: name(3, 'i'),
      right: int(3, '3'),
    });
    assert.deepEqual(stmt.update, [
      { kind: 'incDec', line: 3, op: '++', prefix: false, target: name(3, 'i') },
    ]);
  });

  test('classic for with expression init and no condition', () => {
    const stmt = statement('for (i = 0, j = 1; ; i++, j--) { }') as ForStmt;
    assert.ok(Array.isArray(stmt.init));
    assert.equal(stmt.init.length, 2);
    assert.ok(!('cond' in stmt));
    assert.equal(stmt.update.length, 2);
    const bare = statement('for (;;) { }') as ForStmt;
    assert.ok(!('init' in bare));
    assert.deepEqual(bare.update, []);
  });

  test('for-each over a list and over an inline SOQL query', () => {
    const stmt = statement('for (Case c : cases) { }') as ForEachStmt;
    assert.deepEqual(stmt, {
      kind: 'forEach',
      line: 3,
      type: type(3, 'Case'),
      name: 'c',
      iterable: name(3, 'cases'),
      body: { kind: 'block', line: 3, stmts: [] },
    });
    const soql = statement('for (Case c : [SELECT Id FROM Case]) { }') as ForEachStmt;
    assert.equal(soql.iterable.kind, 'soql');
  });

  test('try with two catches and finally', () => {
    const stmt = statement(
      'try {\n} catch (System.DmlException e) {\n} catch (final Exception e) {\n} finally {\n}',
    ) as TryStmt;
    assert.equal(stmt.kind, 'try');
    assert.deepEqual(
      stmt.catches.map((c) => [c.line, c.type.names, c.name]),
      [
        [4, ['System', 'DmlException'], 'e'],
        [5, ['Exception'], 'e'],
      ],
    );
    assert.deepEqual(stmt.finally, { kind: 'block', line: 6, stmts: [] });
    const tryFinally = statement('try { } finally { }') as TryStmt;
    assert.deepEqual(tryFinally.catches, []);
  });
});

describe('switch', () => {
  test('when values, enum constants, null, type tests and else', () => {
    const stmt = statement(
      [
        'switch on value {', // 3
        "  when 'a', 'b' { }", // 4
        '  when 1, -2, (3) { }', // 5
        '  when 5L { }', // 6
        '  when RED, Season.WINTER { }', // 7
        '  when null { }', // 8
        '  when Account acc { }', // 9
        '  when else { }', // 10
        '}',
      ].join('\n'),
    ) as SwitchStmt;
    assert.equal(stmt.kind, 'switch');
    assert.deepEqual(stmt.subject, name(3, 'value'));
    const [strings, ints, long, enums, nulls, typed, otherwise] = stmt.whens;
    const body = (line: number) => ({ kind: 'block', line, stmts: [] });
    assert.deepEqual(strings, {
      kind: 'values',
      line: 4,
      values: [
        { kind: 'literal', value: str(4, 'a') },
        { kind: 'literal', value: str(4, 'b') },
      ],
      body: body(4),
    });
    assert.deepEqual(
      ints?.kind === 'values' &&
        ints.values.map((value) => value.kind === 'literal' && value.value.text),
      ['1', '-2', '3'],
    );
    assert.deepEqual(long?.kind === 'values' && long.values, [
      { kind: 'literal', value: { kind: 'literal', line: 6, type: 'Long', text: '5' } },
    ]);
    assert.deepEqual(enums?.kind === 'values' && enums.values, [
      { kind: 'enum', name: 'RED' },
      { kind: 'enum', name: 'WINTER' },
    ]);
    assert.deepEqual(nulls?.kind === 'values' && nulls.values, [
      { kind: 'literal', value: { kind: 'literal', line: 8, type: 'Null', text: 'null' } },
    ]);
    assert.deepEqual(typed, {
      kind: 'type',
      line: 9,
      type: type(9, 'Account'),
      name: 'acc',
      body: body(9),
    });
    assert.deepEqual(otherwise, { kind: 'else', line: 10, body: body(10) });
  });
});

describe('DML and runAs', () => {
  test('insert, update as user, delete as system, undelete', () => {
    const [insert, update, remove, undelete] = statements(
      'insert records;\nupdate as user record;\ndelete as system record;\nundelete record;',
    ) as DmlStmt[];
    assert.deepEqual(insert, { kind: 'dml', line: 3, op: 'insert', target: name(3, 'records') });
    assert.deepEqual(update, {
      kind: 'dml',
      line: 4,
      op: 'update',
      target: name(4, 'record'),
      accessLevel: 'user',
    });
    assert.equal(remove?.accessLevel, 'system');
    assert.equal(undelete?.op, 'undelete');
  });

  test('upsert with an external id field, and merge', () => {
    assert.deepEqual(statement('upsert records Foo__c.Key__c;'), {
      kind: 'dml',
      line: 3,
      op: 'upsert',
      target: name(3, 'records'),
      field: ['Foo__c', 'Key__c'],
    });
    assert.ok(!('field' in statement('upsert records;')));
    assert.deepEqual(statement('merge master duplicate;'), {
      kind: 'dml',
      line: 3,
      op: 'merge',
      target: name(3, 'master'),
      other: name(3, 'duplicate'),
    });
  });

  test('insert as user with a new sObject', () => {
    const stmt = statement("insert as user new Case(Subject = 'x');") as DmlStmt;
    assert.equal(stmt.accessLevel, 'user');
    assert.equal(stmt.target.kind, 'new');
  });

  test('System.runAs(user) { ... }', () => {
    const stmt = statement('System.runAs(sender) {\n  x++;\n}') as RunAsStmt;
    assert.equal(stmt.kind, 'runAs');
    assert.deepEqual(stmt.user, name(3, 'sender'));
    assert.equal(stmt.body.stmts[0]?.line, 4);
  });

  test('System.runAs without exactly one argument is unsupported', () => {
    assert.deepEqual(statement('System.runAs() { }'), {
      kind: 'unsupported',
      line: 3,
      what: 'System.runAs with 0 arguments',
    });
  });
});
