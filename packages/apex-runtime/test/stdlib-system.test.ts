/**
 * System natives run end to end: System.debug/now/today, the assertion methods and their
 * messages, Limits, UserInfo, Type, Id, Boolean and the System enums and constants.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accessModeOf, statusCodeValue } from '../src/stdlib/system/index.ts';
import { ApexDate, ApexDatetime, ApexEnumValue, UnsupportedError } from '../src/values.ts';
import { apexError, itemsOf, ORG_ID, runApex, USER_ID } from './stdlib-system-harness.ts';

const value = (body: string, returnType = 'Object', extra: Record<string, string> = {}) =>
  runApex(body, returnType, extra).value;

describe('System.debug, now, today, currentTimeMillis', () => {
  it('appends LEVEL|message entries, DEBUG by default', () => {
    const { run } = runApex(
      "System.debug('hello'); System.debug(LoggingLevel.ERROR, 42); System.debug(null);",
      'void',
    );
    assert.deepEqual(run.session.debugLog, ['DEBUG|hello', 'ERROR|42', 'DEBUG|null']);
  });

  it('reads the runtime clock (pinned by the harness at 2030-01-02T03:04:05Z)', () => {
    const millis = Date.UTC(2030, 0, 2, 3, 4, 5);
    assert.deepEqual(value('return System.now();'), new ApexDatetime(millis));
    assert.deepEqual(value('return System.today();'), new ApexDate(2030, 1, 2));
    assert.equal(value('return System.currentTimeMillis();'), BigInt(millis));
  });
});

// https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_system.htm
describe('System.assert, assertEquals, assertNotEquals', () => {
  it('pass silently', () => {
    assert.equal(
      value(
        "System.assert(true); System.assertEquals(1, 1.0); System.assertNotEquals('a', 'b', 'm'); return 'ok';",
      ),
      'ok',
    );
  });

  it('fail with System.AssertException and the platform wording', () => {
    // Salesforce Help 000193852: "System.AssertException: Assertion Failed: Expected: 25, Actual: null"
    assert.deepEqual(apexError('Integer n; System.assertEquals(25, n);'), {
      type: 'System.AssertException',
      message: 'Assertion Failed: Expected: 25, Actual: null',
    });
    assert.equal(
      apexError("System.assertEquals(1, 2, 'counts');").message,
      'Assertion Failed: counts: Expected: 1, Actual: 2',
    );
    assert.equal(apexError('System.assert(false);').message, 'Assertion Failed');
    assert.equal(apexError("System.assert(1 > 2, 'order');").message, 'Assertion Failed: order');
    assert.equal(
      apexError('System.assertNotEquals(3, 3);').message,
      'Assertion Failed: Same value: 3',
    );
  });

  it('compare Strings case-sensitively (equals(), not ==)', () => {
    assert.equal(
      apexError("System.assertEquals('abc', 'ABC');").message,
      'Assertion Failed: Expected: abc, Actual: ABC',
    );
  });

  it('cannot be caught by Apex code', () => {
    const error = apexError(
      "try { System.assert(false, 'x'); } catch (Exception e) { System.debug('caught'); }",
    );
    assert.equal(error.type, 'System.AssertException');
  });
});

// https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_Assert.htm
describe('System.Assert', () => {
  it('passing checks return normally', () => {
    const body = `Assert.areEqual('cde', 'abcde'.substring(2), 'suffix'); Assert.areNotEqual('xyz', 'cde');
      Assert.isTrue(true); Assert.isFalse(false, 'm'); Assert.isNull(null); Assert.isNotNull(1);
      Assert.isInstanceOfType(new Snippet(), Snippet.class); Assert.isNotInstanceOfType('s', Integer.class, 'm');
      return 'ok';`;
    assert.equal(value(body), 'ok');
  });

  it('failures carry the expected and actual values, after the custom message', () => {
    assert.equal(
      apexError('Assert.areEqual(1, 2);').message,
      'Assertion Failed: Expected: 1, Actual: 2',
    );
    assert.equal(
      apexError("Assert.areEqual(1, 2, 'count');").message,
      'Assertion Failed: count. Expected: 1, Actual: 2',
    );
    assert.equal(
      apexError("Assert.areNotEqual('a', 'a');").message,
      'Assertion Failed: Same value: a',
    );
    assert.equal(
      apexError('Assert.isTrue(false);').message,
      'Assertion Failed: Expected: true, Actual: false',
    );
    assert.equal(
      apexError("Assert.isFalse(true, 'flag');").message,
      'Assertion Failed: flag. Expected: false, Actual: true',
    );
    assert.equal(
      apexError("Assert.isNull('x');").message,
      'Assertion Failed: Expected: null, Actual: x',
    );
    assert.equal(
      apexError('Assert.isNotNull(null);').message,
      'Assertion Failed: Same value: null',
    );
    assert.equal(apexError('Assert.fail();').message, 'Assertion Failed');
    assert.equal(
      apexError("Assert.fail('no exception');").message,
      'Assertion Failed: no exception',
    );
    assert.equal(
      apexError('Assert.isInstanceOfType(1, String.class);').message,
      'Assertion Failed: Expected: String, Actual: Integer',
    );
  });

  it('every failure is an uncatchable System.AssertException', () => {
    const error = apexError("try { Assert.fail('x'); } catch (Exception e) { }");
    assert.equal(error.type, 'System.AssertException');
  });
});

// https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm
describe('System.Limits', () => {
  it('reports the synchronous limits and the counters used so far', () => {
    const body = `return new List<Integer>{ Limits.getLimitQueries(), Limits.getLimitDmlStatements(),
      Limits.getLimitDmlRows(), Limits.getLimitCallouts(), Limits.getLimitQueueableJobs(),
      Limits.getLimitCpuTime(), Limits.getLimitHeapSize(), Limits.getLimitQueryRows(),
      Limits.getLimitFutureCalls(), Limits.getQueries(), Limits.getDmlStatements() };`;
    assert.deepEqual(
      itemsOf(value(body)),
      [100, 150, 10000, 100, 50, 10000, 6000000, 50000, 50, 0, 0],
    );
  });

  it('reads the live counters (CPU and heap estimates as whole numbers)', () => {
    const { run } = runApex("return Limits.getQueries() + ' ' + Limits.getHeapSize();");
    run.session.limits.soqlQueries = 7;
    run.session.limits.heapSize = 1234.5;
    assert.equal(run.call('Snippet', 'run'), '7 1234');
  });
});

describe('System.UserInfo', () => {
  it('describes the running user and organization from the SystemServices hook', () => {
    const body = `return new List<String>{ UserInfo.getUserId(), UserInfo.getName(), UserInfo.getFirstName(),
      UserInfo.getLastName(), UserInfo.getUserEmail(), UserInfo.getUserName(), UserInfo.getProfileId(),
      UserInfo.getLocale(), UserInfo.getLanguage(), UserInfo.getOrganizationId(), UserInfo.getOrganizationName() };`;
    assert.deepEqual(itemsOf(value(body)), [
      USER_ID,
      'Ada Lovelace',
      'Ada',
      'Lovelace',
      'ada@example.com',
      'ada@example.com.test',
      '00e000000000001AAA',
      'en_US',
      'en_US',
      ORG_ID,
      'Test Org',
    ]);
  });

  it('fails as unsupported for a user the org does not know', () => {
    const body =
      "System.runAs(new User(Id = '005000000000009AAA')) { UserInfo.getName(); } return null;";
    assert.throws(() => runApex(body), UnsupportedError);
    assert.equal(
      value("System.runAs(new User(Id = '005000000000009AAA')) { return UserInfo.getUserId(); }"),
      '005000000000009AAA',
    );
  });
});

// https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_type.htm
describe('System.Type', () => {
  it('forName finds classes and primitives, null when unknown', () => {
    assert.equal(value("return Type.forName('Snippet').getName();"), 'Snippet');
    assert.equal(value("return Type.forName('String') == String.class;"), true);
    assert.equal(value("return Type.forName('NoSuchClass');"), null);
    assert.equal(value("return Type.forName('', 'Snippet') == Snippet.class;"), true);
    assert.equal(value("return Type.forName('not a name');"), null);
  });

  it('getName, toString, equals, hashCode, newInstance', () => {
    const extra = { 'Box.cls': 'public class Box { public Integer size = 3; }' };
    assert.equal(
      value(
        'return Box.class.getName() + Box.class.toString() + List<String>.class.getName();',
        'Object',
        extra,
      ),
      'BoxBoxList<String>',
    );
    assert.equal(
      value(
        "return Box.class.equals(Type.forName('Box')) && Box.class.hashCode() == Type.forName('Box').hashCode();",
        'Object',
        extra,
      ),
      true,
    );
    assert.equal(
      value("Box b = (Box) Type.forName('Box').newInstance(); return b.size;", 'Object', extra),
      3,
    );
  });

  it('isAssignableFrom: same type and Object; other pairs are unsupported', () => {
    assert.equal(
      value(
        'return Object.class.isAssignableFrom(String.class) && String.class.isAssignableFrom(String.class);',
      ),
      true,
    );
    assert.throws(
      () => value('return Integer.class.isAssignableFrom(String.class);'),
      UnsupportedError,
    );
  });
});

// https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_id.htm
describe('System.Id', () => {
  it('valueOf returns the 18-character Id and rejects malformed ones', () => {
    assert.equal(value("return Id.valueOf('001000000000001');"), '001000000000001AAA');
    assert.deepEqual(apexError("Id.valueOf('001-bad');"), {
      type: 'System.StringException',
      message: 'Invalid id: 001-bad',
    });
    assert.equal(
      apexError("Id.valueOf('001000000000001ZZZ');").message,
      'Invalid id: 001000000000001ZZZ',
    );
  });

  it('to15 and getSObjectType (through the hook)', () => {
    assert.equal(
      value("Id recordId = '001000000000001AAA'; return recordId.to15();"),
      '001000000000001',
    );
    assert.equal(
      value("Id recordId = '001000000000001AAA'; return recordId.getSObjectType();"),
      null,
    );
  });
});

// https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_boolean.htm
describe('System.Boolean', () => {
  it('valueOf is true only for "true" in any case', () => {
    assert.equal(value("return Boolean.valueOf('true');"), true);
    assert.equal(value("return Boolean.valueOf('TRUE');"), true);
    assert.equal(value("return Boolean.valueOf('yes');"), false);
    assert.equal(value('Object o = true; return Boolean.valueOf(o);'), true);
  });

  it('valueOf(null) throws (which exception is undocumented: unsupported)', () => {
    assert.throws(() => value('String s; return Boolean.valueOf(s);'), UnsupportedError);
  });
});

describe('System enums and AccessLevel', () => {
  it('AccessLevel.USER_MODE and SYSTEM_MODE are System.AccessLevel objects', () => {
    assert.equal(accessModeOf(value('return AccessLevel.USER_MODE;')), 'user');
    assert.equal(accessModeOf(value('return System.AccessLevel.SYSTEM_MODE;')), 'system');
    assert.equal(value('return AccessLevel.USER_MODE == System.AccessLevel.USER_MODE;'), true);
    assert.equal(value('return AccessLevel.USER_MODE instanceof System.AccessLevel;'), true);
  });

  // https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_enum_System_LoggingLevel.htm
  it('LoggingLevel has the documented constants in order', () => {
    const names = value(
      'List<String> names = new List<String>(); for (LoggingLevel l : LoggingLevel.values()) { names.add(l.name()); } return names;',
    );
    assert.deepEqual(itemsOf(names), [
      'NONE',
      'ERROR',
      'WARN',
      'INFO',
      'DEBUG',
      'FINE',
      'FINER',
      'FINEST',
    ]);
    assert.equal(
      value("return logginglevel.INFO.ordinal() + ' ' + LoggingLevel.valueOf('WARN');"),
      '3 WARN',
    );
    assert.deepEqual(apexError("LoggingLevel.valueOf('LOUD');"), {
      type: 'System.NoSuchElementException',
      message: 'No enum constant System.LoggingLevel.LOUD',
    });
  });

  it('StatusCode constants compare with the values DML results carry', () => {
    const duplicate = statusCodeValue('DUPLICATE_VALUE');
    assert.ok(duplicate instanceof ApexEnumValue);
    assert.equal(value('return System.StatusCode.DUPLICATE_VALUE;'), duplicate);
    assert.equal(
      value(
        "return StatusCode.REQUIRED_FIELD_MISSING.name() + ' ' + (StatusCode.STRING_TOO_LONG == StatusCode.STRING_TOO_LONG);",
      ),
      'REQUIRED_FIELD_MISSING true',
    );
    assert.throws(() => value('return StatusCode.SOME_CODE_NOT_DECLARED;'), UnsupportedError);
    assert.throws(() => statusCodeValue('SOME_CODE_NOT_DECLARED'), UnsupportedError);
  });
});
