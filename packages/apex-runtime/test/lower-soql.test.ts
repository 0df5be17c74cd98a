/**
 * Lowering of inline SOQL into SoqlQuery (ast.ts). Queries sit on line 3 (see lower-fixtures.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SoqlCondition, SoqlExpr, SoqlQuery } from '../src/ast.ts';
import { expression } from './lower-fixtures.ts';

function query(source: string): SoqlQuery {
  const expr = expression(source) as SoqlExpr;
  assert.equal(expr.kind, 'soql', JSON.stringify(expr));
  return expr.query;
}

function where(condition: string): SoqlCondition | undefined {
  return query(`[SELECT Id FROM Case WHERE ${condition}]`).where;
}

const name = (text: string) => ({ kind: 'name', line: 3, name: text });
const compare = (path: string[], op: string, value: object) => ({
  kind: 'compare',
  path,
  op,
  value,
});
const literal = (type: string, text: string) => ({ kind: 'literal', type, text });

describe('select, from and clauses', () => {
  test('a plain query has defaults for every clause', () => {
    assert.deepEqual(query('[SELECT Id, Contact.Name FROM Case]'), {
      line: 3,
      select: [
        { kind: 'field', path: ['Id'] },
        { kind: 'field', path: ['Contact', 'Name'] },
      ],
      from: 'Case',
      groupBy: [],
      orderBy: [],
      forUpdate: false,
      allRows: false,
    });
  });

  test('COUNT() and aggregates with and without alias, GROUP BY', () => {
    assert.deepEqual(query('[SELECT COUNT() FROM Case]').select, [{ kind: 'countAll' }]);
    const grouped = query(
      '[SELECT PermissionSetId, COUNT(Id) holderCount, MAX(Sent_At__c), count_distinct(Name) FROM PermissionSetAssignment GROUP BY PermissionSetId]',
    );
    assert.deepEqual(grouped.select, [
      { kind: 'field', path: ['PermissionSetId'] },
      { kind: 'aggregate', fn: 'count', path: ['Id'], alias: 'holderCount' },
      { kind: 'aggregate', fn: 'max', path: ['Sent_At__c'] },
      { kind: 'aggregate', fn: 'count_distinct', path: ['Name'] },
    ]);
    assert.deepEqual(grouped.groupBy, [['PermissionSetId']]);
  });

  test('a child subquery with its own ORDER BY', () => {
    const parent = query(
      "[SELECT Id, (SELECT Type__c, Actor__r.Name FROM Events__r WHERE Type__c = 'x' ORDER BY Occurred_At__c ASC, Name ASC LIMIT 5) FROM Secure_Message__c]",
    );
    assert.deepEqual(parent.select[1], {
      kind: 'subquery',
      query: {
        line: 3,
        select: [
          { kind: 'field', path: ['Type__c'] },
          { kind: 'field', path: ['Actor__r', 'Name'] },
        ],
        from: 'Events__r',
        where: compare(['Type__c'], '=', literal('String', 'x')),
        groupBy: [],
        orderBy: [
          { path: ['Occurred_At__c'], descending: false },
          { path: ['Name'], descending: false },
        ],
        limit: literal('Number', '5'),
        forUpdate: false,
        allRows: false,
      },
    });
  });

  test('WITH modes, ORDER BY with NULLS, LIMIT/OFFSET binds, FOR UPDATE and ALL ROWS', () => {
    const q = query(
      '[SELECT Id FROM Case WITH USER_MODE ORDER BY Sent_At__c DESC NULLS LAST, CreatedDate NULLS FIRST, Name LIMIT :max OFFSET 10 FOR UPDATE]',
    );
    assert.equal(q.with, 'USER_MODE');
    assert.deepEqual(q.orderBy, [
      { path: ['Sent_At__c'], descending: true, nullsLast: true },
      { path: ['CreatedDate'], descending: false, nullsLast: false },
      { path: ['Name'], descending: false },
    ]);
    assert.deepEqual(q.limit, { kind: 'bind', expr: name('max') });
    assert.deepEqual(q.offset, literal('Number', '10'));
    assert.equal(q.forUpdate, true);
    assert.equal(query('[SELECT Id FROM Case WITH SYSTEM_MODE]').with, 'SYSTEM_MODE');
    assert.equal(query('[SELECT Id FROM Case WITH SECURITY_ENFORCED]').with, 'SECURITY_ENFORCED');
    assert.equal(query('[SELECT Id FROM Case ALL ROWS]').allRows, true);
  });

  test('keywords are case-insensitive', () => {
    const q = query(
      '[select id from case where isclosed = true with user_mode order by name desc limit 1]',
    );
    assert.equal(q.from, 'case');
    assert.equal(q.with, 'USER_MODE');
    assert.deepEqual(q.where, compare(['isclosed'], '=', literal('Boolean', 'true')));
  });
});

describe('WHERE', () => {
  test('AND, OR, NOT and parentheses', () => {
    assert.deepEqual(where('a = 1 AND (b = 2 OR (NOT c = 3))'), {
      kind: 'and',
      items: [
        compare(['a'], '=', literal('Number', '1')),
        {
          kind: 'or',
          items: [
            compare(['b'], '=', literal('Number', '2')),
            { kind: 'not', item: compare(['c'], '=', literal('Number', '3')) },
          ],
        },
      ],
    });
  });

  test('every comparison operator, lower-cased', () => {
    const ops = [
      '=',
      '!=',
      '<>',
      '<',
      '<=',
      '>',
      '>=',
      'LIKE',
      'IN',
      'NOT IN',
      'INCLUDES',
      'EXCLUDES',
    ];
    for (const op of ops) {
      assert.deepEqual(
        where(`Name ${op} :x`),
        compare(['Name'], op.toLowerCase(), { kind: 'bind', expr: name('x') }),
        op,
      );
    }
  });

  test('bind expressions are lowered as Apex expressions', () => {
    assert.deepEqual(
      where('Id = :record.Id'),
      compare(['Id'], '=', {
        kind: 'bind',
        expr: { kind: 'field', line: 3, target: name('record'), name: 'Id', safe: false },
      }),
    );
    assert.deepEqual(
      where('Id = :scheduled[0]'),
      compare(['Id'], '=', {
        kind: 'bind',
        expr: {
          kind: 'index',
          line: 3,
          target: name('scheduled'),
          index: { kind: 'literal', line: 3, type: 'Integer', text: '0' },
        },
      }),
    );
    assert.deepEqual(
      where('Id IN :new List<String>{ a, b }'),
      compare(['Id'], 'in', {
        kind: 'bind',
        expr: {
          kind: 'newCollection',
          line: 3,
          type: {
            line: 3,
            names: ['List'],
            args: [{ line: 3, names: ['String'], args: [], arrayDims: 0 }],
            arrayDims: 0,
          },
          init: [name('a'), name('b')],
        },
      }),
    );
  });

  test('literal values: strings unescaped, numbers, booleans, null, dates and datetimes', () => {
    assert.deepEqual(
      where("Name = 'O\\'Brien'"),
      compare(['Name'], '=', literal('String', "O'Brien")),
    );
    assert.deepEqual(where('Amount > -1.5'), compare(['Amount'], '>', literal('Number', '-1.5')));
    assert.deepEqual(where('Amount > +2'), compare(['Amount'], '>', literal('Number', '2')));
    assert.deepEqual(
      where('IsActive = FALSE'),
      compare(['IsActive'], '=', literal('Boolean', 'false')),
    );
    assert.deepEqual(where('ParentId = NULL'), compare(['ParentId'], '=', literal('Null', 'null')));
    assert.deepEqual(
      where('CloseDate = 2024-01-31'),
      compare(['CloseDate'], '=', literal('Date', '2024-01-31')),
    );
    assert.deepEqual(
      where('CreatedDate > 2024-01-31T10:00:00Z'),
      compare(['CreatedDate'], '>', literal('Datetime', '2024-01-31T10:00:00Z')),
    );
  });

  test('date literals, with and without N', () => {
    assert.deepEqual(
      where('CreatedDate = today'),
      compare(['CreatedDate'], '=', { kind: 'dateLiteral', name: 'TODAY' }),
    );
    assert.deepEqual(
      where('CreatedDate = LAST_N_DAYS:30'),
      compare(['CreatedDate'], '=', { kind: 'dateLiteral', name: 'LAST_N_DAYS', n: 30 }),
    );
  });

  test('value lists after IN and INCLUDES', () => {
    assert.deepEqual(
      where("Status NOT IN ('New', 'Closed')"),
      compare(['Status'], 'not in', {
        kind: 'list',
        values: [literal('String', 'New'), literal('String', 'Closed')],
      }),
    );
  });
});

describe('constructs that are not translated make the query unsupported', () => {
  const cases: [string, string][] = [
    ['[SELECT TYPEOF What WHEN Account THEN Name END FROM Event]', 'SOQL TYPEOF'],
    ['[SELECT FORMAT(Amount) FROM Opportunity]', 'SOQL FORMAT()'],
    ['[SELECT toLabel(Status) FROM Case]', 'SOQL toLabel()'],
    ['[SELECT Id FROM Case USING SCOPE mine]', 'SOQL USING SCOPE'],
    [
      '[SELECT Id FROM Case WHERE Id IN (SELECT CaseId FROM CaseComment)]',
      'SOQL semi-join subquery',
    ],
    ['[SELECT Id FROM Case WHERE CALENDAR_YEAR(CreatedDate) = 2024]', 'SOQL function in WHERE'],
    ['[SELECT Name, COUNT(Id) FROM Case GROUP BY Name HAVING COUNT(Id) > 1]', 'SOQL HAVING'],
    ['[SELECT Name FROM Case GROUP BY ROLLUP(Name)]', 'SOQL GROUP BY ROLLUP/CUBE'],
    ['[SELECT Id FROM Case FOR VIEW]', 'SOQL FOR VIEW/REFERENCE'],
    ['[SELECT Id FROM Case c]', 'SOQL object alias'],
    ['[SELECT Name n FROM Case]', 'SOQL field alias'],
    ['[SELECT Id FROM Opportunity WHERE Amount > USD100]', 'SOQL currency literal'],
  ];
  for (const [source, what] of cases) {
    test(what, () => {
      assert.deepEqual(expression(source), { kind: 'unsupported', line: 3, what });
    });
  }
});
