/**
 * Lowering of type declarations and members: modifiers, annotations, fields, properties,
 * methods, constructors, initializers, inner types, interfaces, enums, and line numbers.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type {
  ConstructorDecl,
  ExprStmt,
  FieldDecl,
  InitializerDecl,
  InnerTypeDecl,
  MethodDecl,
  PropertyDecl,
} from '../src/ast.ts';
import { lowerFile } from '../src/lower/index.ts';
import { lowerClass } from './lower-fixtures.ts';

describe('classes', () => {
  const source = [
    '@IsTest(IsParallel=true)', // 1
    "@SuppressWarnings('PMD.ApexUnitTestClassShouldHaveRunAs')", // 2
    'public with sharing class Outer extends Base implements Api.Handler, Comparable {', // 3
    '  @TestVisible private static final Integer LIMIT_COUNT = 5, OTHER;', // 4
    '  public String name { get; private set; }', // 5
    '  public Integer size {', // 6
    '    get { return 1; }', // 7
    '    set { size = value; }', // 8
    '  }', // 9
    '  static { LIMIT_COUNT = 6; }', // 10
    "  { name = 'x'; }", // 11
    '  public Outer() { this(1); }', // 12
    '  public Outer(Integer n) { super(n); }', // 13
    '  @AuraEnabled(cacheable=true)', // 14
    '  public static List<String> names(final Id caseId, Map<String, Integer> counts) { return null; }', // 15
    '  public abstract void run();', // 16
    '  ;', // 17
    '  private without sharing class Inner { }', // 18
    '  public enum Color { RED, GREEN }', // 19
    '  public interface Greeter extends Api.Base { String greet(String who); }', // 20
    '}', // 21
    '', // 22
  ].join('\n');
  const type = lowerClass(source, 'Outer.cls');

  test('the class header: name, modifiers, annotations, extends, implements, lines', () => {
    assert.equal(type.kind, 'class');
    assert.equal(type.name, 'Outer');
    assert.equal(type.file, 'Outer.cls');
    assert.deepEqual(type.modifiers, ['public', 'with sharing']);
    assert.deepEqual(type.annotations, [
      { line: 1, name: 'istest', params: { isparallel: 'true' } },
      {
        line: 2,
        name: 'suppresswarnings',
        params: { value: 'PMD.ApexUnitTestClassShouldHaveRunAs' },
      },
    ]);
    assert.deepEqual(type.extends, { line: 3, names: ['Base'], args: [], arrayDims: 0 });
    assert.deepEqual(type.implements, [
      { line: 3, names: ['Api', 'Handler'], args: [], arrayDims: 0 },
      { line: 3, names: ['Comparable'], args: [], arrayDims: 0 },
    ]);
    assert.equal(type.line, 3);
    assert.equal(type.endLine, 21);
    assert.deepEqual(type.enumConstants, []);
  });

  test('the compilation unit counts the lines of the file', () => {
    assert.equal(lowerFile('Outer.cls', source).unit?.lineCount, 21);
    assert.equal(lowerFile('Outer.cls', source.trimEnd()).unit?.lineCount, 21);
  });

  test('members keep source order; a stray semicolon yields no member', () => {
    assert.deepEqual(
      type.members.map((member) => member.kind),
      [
        'field',
        'property',
        'property',
        'initializer',
        'initializer',
        'constructor',
        'constructor',
        'method',
        'method',
        'type',
        'type',
        'type',
      ],
    );
  });

  test('a field with annotations, modifiers and two declarators', () => {
    const field = type.members[0] as FieldDecl;
    assert.deepEqual(field, {
      kind: 'field',
      line: 4,
      modifiers: ['private', 'static', 'final'],
      annotations: [{ line: 4, name: 'testvisible', params: {} }],
      type: { line: 4, names: ['Integer'], args: [], arrayDims: 0 },
      declarators: [
        {
          line: 4,
          name: 'LIMIT_COUNT',
          init: { kind: 'literal', line: 4, type: 'Integer', text: '5' },
        },
        { line: 4, name: 'OTHER' },
      ],
    });
  });

  test('an automatic property with a private setter', () => {
    const property = type.members[1] as PropertyDecl;
    assert.equal(property.name, 'name');
    assert.deepEqual(property.getter, { line: 5, modifiers: [] });
    assert.deepEqual(property.setter, { line: 5, modifiers: ['private'] });
  });

  test('a property with custom accessors', () => {
    const property = type.members[2] as PropertyDecl;
    assert.equal(property.line, 6);
    assert.equal(property.getter?.line, 7);
    assert.equal(property.getter?.body?.stmts[0]?.kind, 'return');
    assert.equal(property.setter?.line, 8);
    assert.equal(property.setter?.body?.stmts[0]?.kind, 'expr');
  });

  test('static and instance initializer blocks', () => {
    const [staticInit, instanceInit] = type.members.slice(3, 5) as InitializerDecl[];
    assert.equal(staticInit?.isStatic, true);
    assert.equal(staticInit?.line, 10);
    assert.equal(instanceInit?.isStatic, false);
    assert.equal(instanceInit?.body.stmts.length, 1);
  });

  test('constructors chaining with this(...) and super(...)', () => {
    const [first, second] = type.members.slice(5, 7) as ConstructorDecl[];
    assert.deepEqual(first?.modifiers, ['public']);
    assert.deepEqual(first?.params, []);
    assert.deepEqual((first?.body.stmts[0] as ExprStmt).expr, {
      kind: 'call',
      line: 12,
      name: 'this',
      args: [{ kind: 'literal', line: 12, type: 'Integer', text: '1' }],
      safe: false,
    });
    assert.deepEqual((second?.body.stmts[0] as ExprStmt).expr, {
      kind: 'call',
      line: 13,
      name: 'super',
      args: [{ kind: 'name', line: 13, name: 'n' }],
      safe: false,
    });
  });

  test('a method with annotation params, generic parameters and a final parameter', () => {
    const method = type.members[7] as MethodDecl;
    assert.equal(method.line, 15);
    assert.equal(method.name, 'names');
    assert.deepEqual(method.modifiers, ['public', 'static']);
    assert.deepEqual(method.annotations, [
      { line: 14, name: 'auraenabled', params: { cacheable: 'true' } },
    ]);
    assert.deepEqual(method.returnType, {
      line: 15,
      names: ['List'],
      args: [{ line: 15, names: ['String'], args: [], arrayDims: 0 }],
      arrayDims: 0,
    });
    assert.deepEqual(method.params, [
      {
        line: 15,
        name: 'caseId',
        type: { line: 15, names: ['Id'], args: [], arrayDims: 0 },
        modifiers: ['final'],
      },
      {
        line: 15,
        name: 'counts',
        type: {
          line: 15,
          names: ['Map'],
          args: [
            { line: 15, names: ['String'], args: [], arrayDims: 0 },
            { line: 15, names: ['Integer'], args: [], arrayDims: 0 },
          ],
          arrayDims: 0,
        },
        modifiers: [],
      },
    ]);
    assert.ok(method.body);
  });

  test('an abstract void method has no body and a null return type', () => {
    const method = type.members[8] as MethodDecl;
    assert.equal(method.returnType, null);
    assert.equal(method.body, undefined);
    assert.ok(!('body' in method));
  });

  test('inner class, enum and interface', () => {
    const [inner, color, greeter] = (type.members.slice(9) as InnerTypeDecl[]).map(
      (member) => member.decl,
    );
    assert.equal(inner?.kind, 'class');
    assert.deepEqual(inner?.modifiers, ['private', 'without sharing']);
    assert.equal(inner?.line, 18);
    assert.equal(inner?.endLine, 18);
    assert.equal(color?.kind, 'enum');
    assert.deepEqual(color?.enumConstants, ['RED', 'GREEN']);
    assert.equal(greeter?.kind, 'interface');
    assert.deepEqual(
      greeter?.implements.map((ref) => ref.names),
      [['Api', 'Base']],
    );
    const greet = greeter?.members[0] as MethodDecl;
    assert.equal(greet.name, 'greet');
    assert.equal(greet.body, undefined);
    assert.deepEqual(
      greet.params.map((param) => param.name),
      ['who'],
    );
  });
});

describe('other top-level types', () => {
  test('a top-level enum', () => {
    const type = lowerClass('public enum Season {\n  WINTER,\n  SUMMER\n}', 'Season.cls');
    assert.equal(type.kind, 'enum');
    assert.deepEqual(type.enumConstants, ['WINTER', 'SUMMER']);
    assert.equal(type.endLine, 4);
  });

  test('a top-level interface with inherited sharing is kept as written', () => {
    const type = lowerClass('public interface Api {\n  void run();\n}', 'Api.cls');
    assert.equal(type.kind, 'interface');
    assert.equal(type.members.length, 1);
    const sharing = lowerClass('public inherited sharing class Svc {}', 'Svc.cls');
    assert.deepEqual(sharing.modifiers, ['public', 'inherited sharing']);
  });

  test('modifier keywords are lower-cased', () => {
    const type = lowerClass('PUBLIC With  Sharing class Svc { Global STATIC void m() {} }');
    assert.deepEqual(type.modifiers, ['public', 'with sharing']);
    assert.deepEqual((type.members[0] as MethodDecl).modifiers, ['global', 'static']);
  });

  test('array types count their [] suffixes', () => {
    const type = lowerClass('class A { String[] names; }');
    assert.deepEqual((type.members[0] as FieldDecl).type, {
      line: 1,
      names: ['String'],
      args: [],
      arrayDims: 1,
    });
  });
});

describe('rejected files', () => {
  test('syntax errors are reported with 1-based positions and no unit', () => {
    const result = lowerFile(
      'Broken.cls',
      'public class Broken {\n  void m() { Integer x = ; }\n}',
    );
    assert.equal(result.unit, undefined);
    assert.ok(result.syntaxErrors.length > 0);
    assert.equal(result.syntaxErrors[0]?.line, 2);
    assert.equal(result.syntaxErrors[0]?.column, 26);
  });

  test('a lexer error (an invalid string escape) is a syntax error', () => {
    const result = lowerFile('Broken.cls', "class Broken { String s = 'a\\qb'; }");
    assert.equal(result.unit, undefined);
    assert.ok(result.syntaxErrors.length > 0);
  });

  test('a method without a return type is an invalid constructor name', () => {
    const result = lowerFile('A.cls', 'public class A {\n  public run() { }\n}');
    assert.equal(result.unit, undefined);
    assert.deepEqual(result.syntaxErrors, [
      { line: 2, column: 10, message: 'Invalid constructor name: run' },
    ]);
  });

  test('constructor names are matched case-insensitively', () => {
    const type = lowerClass('public class Abc { public ABC() { } }');
    assert.equal(type.members[0]?.kind, 'constructor');
  });

  test('triggers are reported as unsupported, not lowered', () => {
    const result = lowerFile(
      'CaseTrigger.trigger',
      'trigger CaseTrigger on Case (before insert) { }',
    );
    assert.deepEqual(result, { syntaxErrors: [], unsupported: { what: 'Apex trigger', line: 1 } });
  });
});
