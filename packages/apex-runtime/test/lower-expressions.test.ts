/**
 * Lowering of expressions: names and dotted names, calls, operators, casts, type literals,
 * `new` in all its forms, and literals. Snippets are on line 3 (see lower-fixtures.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Expr } from '../src/ast.ts';
import { expression, statement } from './lower-fixtures.ts';

const name = (text: string) => ({ kind: 'name', line: 3, name: text });
const field = (target: object, text: string, safe = false) => ({
  kind: 'field',
  line: 3,
  target,
  name: text,
  safe,
});
const literal = (type: string, text: string) => ({ kind: 'literal', line: 3, type, text });
const int = (text: string) => literal('Integer', text);
const str = (text: string) => literal('String', text);
const type = (names: string[], args: object[] = [], arrayDims = 0) => ({
  line: 3,
  names,
  args,
  arrayDims,
});

describe('names, fields and calls', () => {
  test('a dotted name is nested FieldExprs over a NameExpr', () => {
    assert.deepEqual(
      expression('Schema.SObjectType.Case.fields.Subject'),
      field(field(field(field(name('Schema'), 'SObjectType'), 'Case'), 'fields'), 'Subject'),
    );
    assert.deepEqual(
      expression('System.Label.Greeting'),
      field(field(name('System'), 'Label'), 'Greeting'),
    );
  });

  test('calls with and without a target, and safe navigation', () => {
    assert.deepEqual(expression('run(1, a)'), {
      kind: 'call',
      line: 3,
      name: 'run',
      args: [int('1'), name('a')],
      safe: false,
    });
    assert.deepEqual(expression('a.b.run()'), {
      kind: 'call',
      line: 3,
      target: field(name('a'), 'b'),
      name: 'run',
      args: [],
      safe: false,
    });
    assert.deepEqual(expression('a?.b?.run()'), {
      kind: 'call',
      line: 3,
      target: field(name('a'), 'b', true),
      name: 'run',
      args: [],
      safe: true,
    });
  });

  test('keywords after a dot are plain names', () => {
    assert.deepEqual(expression('m.values()'), {
      kind: 'call',
      line: 3,
      target: name('m'),
      name: 'values',
      args: [],
      safe: false,
    });
    assert.deepEqual(expression('Trigger.new'), field(name('Trigger'), 'new'));
  });

  test('array subscripts and this/super', () => {
    assert.deepEqual(expression('items[0]'), {
      kind: 'index',
      line: 3,
      target: name('items'),
      index: int('0'),
    });
    assert.deepEqual(expression('this.x'), field({ kind: 'this', line: 3 }, 'x'));
    assert.deepEqual(expression('super.describe()'), {
      kind: 'call',
      line: 3,
      target: { kind: 'super', line: 3 },
      name: 'describe',
      args: [],
      safe: false,
    });
  });

  test('a multi-line chain starts on the line of its first part', () => {
    const stmt = statement('Object value = builder\n  .add(1)\n  .build();');
    assert.equal(stmt.kind === 'local' && stmt.declarators[0]?.init?.line, 3);
  });
});

describe('operators', () => {
  const binary = (op: string, left: Expr | object, right: Expr | object) => ({
    kind: 'binary',
    line: 3,
    op,
    left,
    right,
  });

  test('arithmetic precedence', () => {
    assert.deepEqual(
      expression('a + b * c'),
      binary('+', name('a'), binary('*', name('b'), name('c'))),
    );
    assert.deepEqual(
      expression('(a + b) * c'),
      binary('*', binary('+', name('a'), name('b')), name('c')),
    );
  });

  test('comparison, equality, shifts and bit operators written as several tokens', () => {
    for (const op of [
      '<',
      '>',
      '<=',
      '>=',
      '==',
      '!=',
      '===',
      '!==',
      '<<',
      '>>',
      '>>>',
      '&',
      '|',
      '^',
      '&&',
      '||',
      '??',
      '-',
      '/',
    ]) {
      assert.deepEqual(expression(`a ${op} b`), binary(op, name('a'), name('b')), op);
    }
  });

  test('<> is the same operator as !=', () => {
    assert.deepEqual(expression('a <> b'), binary('!=', name('a'), name('b')));
  });

  test('unary, prefix and postfix operators', () => {
    assert.deepEqual(expression('-a'), { kind: 'unary', line: 3, op: '-', operand: name('a') });
    assert.deepEqual(expression('+a'), { kind: 'unary', line: 3, op: '+', operand: name('a') });
    assert.deepEqual(expression('!a'), { kind: 'unary', line: 3, op: '!', operand: name('a') });
    assert.deepEqual(expression('~a'), { kind: 'unary', line: 3, op: '~', operand: name('a') });
    assert.deepEqual(expression('++a'), {
      kind: 'incDec',
      line: 3,
      op: '++',
      prefix: true,
      target: name('a'),
    });
    assert.deepEqual(expression('a--'), {
      kind: 'incDec',
      line: 3,
      op: '--',
      prefix: false,
      target: name('a'),
    });
  });

  test('assignments, compound assignments and right associativity', () => {
    for (const op of ['=', '+=', '-=', '*=', '/=', '&=', '|=', '^=', '<<=', '>>=', '>>>=']) {
      const stmt = statement(`a ${op} b;`);
      assert.deepEqual(
        stmt,
        {
          kind: 'expr',
          line: 3,
          expr: { kind: 'assign', line: 3, op, target: name('a'), value: name('b') },
        },
        op,
      );
    }
    const chained = statement('a = b = 1;');
    assert.deepEqual(chained.kind === 'expr' && chained.expr, {
      kind: 'assign',
      line: 3,
      op: '=',
      target: name('a'),
      value: { kind: 'assign', line: 3, op: '=', target: name('b'), value: int('1') },
    });
  });

  test('ternary, instanceof, cast, null coalescing', () => {
    assert.deepEqual(expression('a ? b : c'), {
      kind: 'ternary',
      line: 3,
      cond: name('a'),
      then: name('b'),
      else: name('c'),
    });
    assert.deepEqual(expression('a instanceof Foo.Bar'), {
      kind: 'instanceof',
      line: 3,
      expr: name('a'),
      type: type(['Foo', 'Bar']),
    });
    assert.deepEqual(expression('(String) a'), {
      kind: 'cast',
      line: 3,
      type: type(['String']),
      expr: name('a'),
    });
    assert.deepEqual(expression('(List<Case>) JSON.deserialize(s, List<Case>.class)'), {
      kind: 'cast',
      line: 3,
      type: type(['List'], [type(['Case'])]),
      expr: {
        kind: 'call',
        line: 3,
        target: name('JSON'),
        name: 'deserialize',
        args: [name('s'), { kind: 'typeLiteral', line: 3, type: type(['List'], [type(['Case'])]) }],
        safe: false,
      },
    });
  });

  test('type literals', () => {
    assert.deepEqual(expression('Foo.class'), {
      kind: 'typeLiteral',
      line: 3,
      type: type(['Foo']),
    });
    assert.deepEqual(expression('GatewayApi.Event.class'), {
      kind: 'typeLiteral',
      line: 3,
      type: type(['GatewayApi', 'Event']),
    });
    assert.deepEqual(expression('Map<String, Integer>.class'), {
      kind: 'typeLiteral',
      line: 3,
      type: type(['Map'], [type(['String']), type(['Integer'])]),
    });
  });
});

describe('new', () => {
  test('objects and sObjects with field assignments', () => {
    assert.deepEqual(expression('new Foo.Bar(1)'), {
      kind: 'new',
      line: 3,
      type: type(['Foo', 'Bar']),
      args: [int('1')],
    });
    assert.deepEqual(expression("new Case(Subject = 'x', Origin = 'Web')"), {
      kind: 'new',
      line: 3,
      type: type(['Case']),
      args: [
        { kind: 'assign', line: 3, op: '=', target: name('Subject'), value: str('x') },
        { kind: 'assign', line: 3, op: '=', target: name('Origin'), value: str('Web') },
      ],
    });
    assert.deepEqual(expression('new Map<Id, Case>(cases)'), {
      kind: 'new',
      line: 3,
      type: type(['Map'], [type(['Id']), type(['Case'])]),
      args: [name('cases')],
    });
  });

  test('arrays with a size or an initializer', () => {
    assert.deepEqual(expression('new String[3]'), {
      kind: 'newArray',
      line: 3,
      type: type(['String']),
      size: int('3'),
    });
    assert.deepEqual(expression("new String[]{ 'a', 'b' }"), {
      kind: 'newArray',
      line: 3,
      type: type(['String']),
      init: [str('a'), str('b')],
    });
    assert.deepEqual(expression('new String[]{}'), {
      kind: 'newArray',
      line: 3,
      type: type(['String']),
      init: [],
    });
  });

  test('list, set and map initializers, empty or not', () => {
    assert.deepEqual(expression("new List<String>{ 'a', b }"), {
      kind: 'newCollection',
      line: 3,
      type: type(['List'], [type(['String'])]),
      init: [str('a'), name('b')],
    });
    assert.deepEqual(expression('new Set<Id>{}'), {
      kind: 'newCollection',
      line: 3,
      type: type(['Set'], [type(['Id'])]),
      init: [],
    });
    assert.deepEqual(expression("new Map<String, Integer>{ 'a' => 1, 'b' => 2 }"), {
      kind: 'newMap',
      line: 3,
      type: type(['Map'], [type(['String']), type(['Integer'])]),
      entries: [
        { key: str('a'), value: int('1') },
        { key: str('b'), value: int('2') },
      ],
    });
    assert.deepEqual(expression('new Map<String, List<String>>{}'), {
      kind: 'newMap',
      line: 3,
      type: type(['Map'], [type(['String']), type(['List'], [type(['String'])])]),
      entries: [],
    });
  });

  test('an initializer on a type that is not a collection is unsupported', () => {
    assert.deepEqual(expression('new Foo{ 1 }'), {
      kind: 'unsupported',
      line: 3,
      what: 'collection initializer for a type that is not a List or Set',
    });
  });
});

describe('literals', () => {
  test('numbers: Integer, Long (suffix dropped), Decimal (has a point), Double (d suffix)', () => {
    assert.deepEqual(expression('42'), int('42'));
    assert.deepEqual(expression('42L'), literal('Long', '42'));
    assert.deepEqual(expression('42l'), literal('Long', '42'));
    assert.deepEqual(expression('4.20'), literal('Decimal', '4.20'));
    assert.deepEqual(expression('4.2d'), literal('Double', '4.2'));
    assert.deepEqual(expression('4.2D'), literal('Double', '4.2'));
  });

  test('booleans and null, whatever their case', () => {
    assert.deepEqual(expression('TRUE'), literal('Boolean', 'true'));
    assert.deepEqual(expression('false'), literal('Boolean', 'false'));
    assert.deepEqual(expression('NULL'), literal('Null', 'null'));
  });

  test('string escapes are decoded', () => {
    assert.deepEqual(
      expression(String.raw`'a\nb\tc\rd\be\ff\'g\"h\\i\u0041'`),
      str('a\nb\tc\rd\be\ff\'g"h\\iA'),
    );
    assert.deepEqual(expression("''"), str(''));
  });

  test('upper-case escapes (accepted by the case-insensitive lexer) are not given a meaning', () => {
    assert.deepEqual(expression(String.raw`'a\Nb'`), {
      kind: 'unsupported',
      line: 3,
      what: 'string escape \\N',
    });
  });

  test('multi-line string literals are unsupported', () => {
    assert.deepEqual(expression("'''\nabc\n'''"), {
      kind: 'unsupported',
      line: 3,
      what: 'multi-line string literal',
    });
  });

  test('SOSL is unsupported', () => {
    assert.deepEqual(expression("[FIND 'x' IN ALL FIELDS RETURNING Account]"), {
      kind: 'unsupported',
      line: 3,
      what: 'SOSL query',
    });
  });
});

describe('ambiguous parentheses', () => {
  test('(name) before a signed operand may be a cast or a subtraction, so it is not guessed', () => {
    for (const source of ['(a) - b', '(Integer) -1', '(a.b) + c']) {
      assert.deepEqual(expression(source), {
        kind: 'unsupported',
        line: 3,
        what: '(name) followed by + or -: a cast or an arithmetic operand',
      });
    }
  });

  test('a cast to a generic type before a signed operand is a cast', () => {
    const cast = expression('(List<Integer>) -b');
    assert.equal(cast.kind, 'cast');
  });
});
