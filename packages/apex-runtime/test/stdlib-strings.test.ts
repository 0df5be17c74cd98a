/**
 * System.String, against the examples of
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_string.htm
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApexList, ApexSet } from '../src/collections.ts';
import { ApexDate, ApexDatetime, ApexDouble, primitive, UnsupportedError } from '../src/values.ts';
import type { ApexValue } from '../src/values.ts';
import { stringClass } from '../src/stdlib/strings/index.ts';
import { parseDecimal } from '../src/stdlib/numbers/index.ts';
import { apexErrorOf, callOn, callStatic } from './stdlib-fake-context.ts';

const on = (self: string, signature: string, ...args: ApexValue[]): ApexValue =>
  callOn(stringClass, self, signature, args);
const statically = (signature: string, ...args: ApexValue[]): ApexValue =>
  callStatic(stringClass, signature, args);
const items = (value: ApexValue): ApexValue[] => {
  assert.ok(value instanceof ApexList);
  return value.items;
};
const list = (...values: ApexValue[]): ApexList => new ApexList(primitive('Object'), values);

describe('String static methods', () => {
  it('isBlank / isEmpty and their negations', () => {
    assert.equal(statically('isBlank(String)', ''), true);
    assert.equal(statically('isBlank(String)', null), true);
    assert.equal(statically('isBlank(String)', '  '), true);
    assert.equal(statically('isBlank(String)', 'Hello'), false);
    assert.equal(statically('isNotBlank(String)', 'Hello world!'), true);
    assert.equal(statically('isEmpty(String)', null), true);
    assert.equal(statically('isEmpty(String)', '  '), false);
    assert.equal(statically('isNotEmpty(String)', '  '), true);
  });

  it('valueOf for every documented overload', () => {
    assert.equal(statically('valueOf(Integer)', 22), '22');
    assert.equal(statically('valueOf(Long)', 123456789n), '123456789');
    assert.equal(statically('valueOf(Double)', new ApexDouble(12.34)), '12.34');
    assert.equal(statically('valueOf(Decimal)', parseDecimal('3.14159265')), '3.14159265');
    assert.equal(statically('valueOf(Date)', new ApexDate(2026, 11, 22)), '2026-11-22');
    assert.equal(
      statically('valueOf(Datetime)', new ApexDatetime(Date.UTC(1996, 5, 23))),
      '1996-06-23 00:00:00',
    );
    assert.equal(
      statically('valueOfGmt(Datetime)', new ApexDatetime(Date.UTC(2001, 8, 14, 7))),
      '2001-09-14 07:00:00',
    );
    assert.equal(statically('valueOf(Object)', list(10, 20)), '(10, 20)');
    assert.equal(statically('valueOf(Object)', null), 'null');
  });

  it('join (List<Integer> {10, 20, 30} with / is 10/20/30)', () => {
    assert.equal(statically('join(Object,String)', list(10, 20, 30), '/'), '10/20/30');
    const set = new ApexSet(primitive('String'), {
      userEquals: () => undefined,
      userHashCode: () => undefined,
    });
    set.add('a');
    set.add('b');
    assert.equal(statically('join(Object,String)', set, ', '), 'a, b');
  });

  it('format substitutes {n} and follows MessageFormat quoting', () => {
    assert.equal(
      statically('format(String,List<Object>)', '{0} of {1}', list('Selected 2', 5)),
      'Selected 2 of 5',
    );
    assert.equal(
      statically('format(String,List<Object>)', 'Calls go to {0}.', list('example.com')),
      'Calls go to example.com.',
    );
    // Numbers convert with toString, so no grouping.
    assert.equal(
      statically('format(String,List<Object>)', '{0} bytes', list(131072)),
      '131072 bytes',
    );
    assert.equal(
      statically('format(String,List<Object>)', "It''s '{0}' {0}", list('x')),
      "It's {0} x",
    );
    // A lone apostrophe quotes the rest of the pattern.
    assert.equal(
      statically(
        'format(String,List<Object>)',
        "The gateway's scan found {0}. Remove it",
        list('SSN'),
      ),
      'The gateways scan found {0}. Remove it',
    );
    assert.equal(statically('format(String,List<Object>)', '{0}: {1}', list('a')), 'a: {1}');
    assert.equal(statically('format(String,List<Object>)', '{0}', list(null)), 'null');
    // Arguments convert with toString; a Date's toString carries a midnight time.
    assert.equal(
      statically('format(String,List<Object>)', 'on {0}', list(new ApexDate(2018, 6, 24))),
      'on 2018-06-24 00:00:00',
    );
    assert.throws(
      () => statically('format(String,List<Object>)', '{0,number,#}', list(1)),
      UnsupportedError,
    );
  });

  it('escapeSingleQuotes, fromCharArray, getCommonPrefix', () => {
    assert.equal(statically('escapeSingleQuotes(String)', "'Hello Jason'"), "\\'Hello Jason\\'");
    assert.equal(statically('fromCharArray(List<Integer>)', list(74)), 'J');
    assert.equal(
      statically('getCommonPrefix(List<String>)', list('SFDCApex', 'SFDCVisualforce')),
      'SFDC',
    );
  });
});

describe('String search and comparison', () => {
  it('compareTo, equals, equalsIgnoreCase', () => {
    assert.equal(on('abcde', 'compareTo(String)', 'abcd'), 1);
    assert.equal(on('a', 'compareTo(String)', 'b'), -1);
    assert.equal(on('abcde', 'equals(Object)', 'abcd'), false);
    assert.equal(on('abc', 'equals(Object)', 'ABC'), false);
    assert.equal(on('abc', 'equals(Object)', 100), false);
    assert.equal(on('001D000000Ju1zH', 'equals(Object)', '001D000000Ju1zHIAR'), true);
    assert.equal(on('abcd', 'equalsIgnoreCase(String)', 'ABCD'), true);
    assert.equal(on('abcd', 'equalsIgnoreCase(String)', null), false);
  });

  it('contains and friends', () => {
    assert.equal(on('abcde', 'contains(String)', 'abcd'), true);
    assert.equal(on('hello', 'containsIgnoreCase(String)', 'HE'), true);
    assert.equal(on('hello', 'containsAny(String)', 'hx'), true);
    assert.equal(on('hello', 'containsAny(String)', 'x'), false);
    assert.equal(on('abcde', 'containsNone(String)', 'fg'), true);
    assert.equal(on('abba', 'containsOnly(String)', 'abcd'), true);
    assert.equal(on('abba xyz', 'containsOnly(String)', 'abcd'), false);
    assert.equal(on('Hello Hello', 'countMatches(String)', 'Hello'), 2);
    assert.equal(on('Hello hello', 'countMatches(String)', 'Hello'), 1);
  });

  it('indexOf, lastIndexOf and their variants', () => {
    assert.equal(on('abcde', 'indexOf(String)', 'cd'), 2);
    assert.equal(on('abcdabcd', 'indexOf(String,Integer)', 'ab', 1), 4);
    assert.equal(on('abcd', 'indexOfAny(String)', 'xc'), 2);
    assert.equal(on('abcd', 'indexOfAnyBut(String)', 'xc'), 0);
    assert.equal(on('abcd', 'indexOfDifference(String)', 'abxc'), 2);
    assert.equal(on('abcd', 'indexOfIgnoreCase(String,Integer)', 'BC', 0), 1);
    assert.equal(on('abcdefgc', 'lastIndexOf(String)', 'c'), 7);
    assert.equal(on('abcdaacd', 'lastIndexOf(String,Integer)', 'c', 7), 6);
    assert.equal(on('abcdaacd', 'lastIndexOf(String,Integer)', 'c', 3), 2);
    assert.equal(on('abcdaacd', 'lastIndexOf(String,Integer)', 'a', -1), -1);
    assert.equal(on('abcdaacd', 'lastIndexOfIgnoreCase(String)', 'DAAC'), 3);
    assert.equal(on('abcdaacd', 'lastIndexOfIgnoreCase(String,Integer)', 'C', 7), 6);
    assert.equal(on('\u03A9 is \u03A9 (Omega)', 'lastIndexOfChar(Integer)', 937), 5);
    assert.equal(
      on('\u03A9 and \u03A9 and \u03A9', 'lastIndexOfChar(Integer,Integer)', 937, 11),
      6,
    );
    assert.equal(on('\u03A9 and \u03A9 and \u03A9', 'indexOfChar(Integer,Integer)', 937, 1), 6);
  });

  it('startsWith / endsWith, difference, Levenshtein distance', () => {
    assert.equal(on('AE86 vs EK9', 'startsWith(String)', 'AE86'), true);
    assert.equal(on('AE86 vs EK9', 'startsWithIgnoreCase(String)', 'ae86'), true);
    assert.equal(on('Hello Jason', 'endsWithIgnoreCase(String)', 'jason'), true);
    assert.equal(on('Hello Jane', 'difference(String)', 'Hello Max'), 'Max');
    assert.equal(on('Hello Jane', 'difference(String)', 'Goodbye'), 'Goodbye');
    assert.equal(on('Hello Joe', 'getLevenshteinDistance(String)', 'Hello Max'), 3);
    assert.equal(on('Hello Jane', 'getLevenshteinDistance(String,Integer)', 'Hello Max', 2), -1);
  });
});

describe('String slicing', () => {
  it('substring and its bounds errors', () => {
    assert.equal(on('hamburger', 'substring(Integer)', 3), 'burger');
    assert.equal(on('hamburger', 'substring(Integer,Integer)', 4, 8), 'urge');
    assert.equal(on('smiles', 'substring(Integer,Integer)', 1, 5), 'mile');
    assert.deepEqual(
      apexErrorOf(() => on('abc', 'substring(Integer)', 5)),
      {
        type: 'System.StringException',
        message: 'Starting position out of bounds: 5',
      },
    );
    assert.equal(
      apexErrorOf(() => on('abc', 'substring(Integer,Integer)', 0, 9)).message,
      'Ending position out of bounds: 9',
    );
  });

  it('left, right, mid', () => {
    assert.equal(on('abcdaacd', 'left(Integer)', 3), 'abc');
    assert.equal(on('abc', 'left(Integer)', 10), 'abc');
    assert.equal(on('Hello Max', 'right(Integer)', 3), 'Max');
    assert.equal(on('abcde', 'mid(Integer,Integer)', 2, 3), 'cde');
  });

  it('substringBefore/After(Last)/Between', () => {
    const s = 'Salesforce.Lightning.platform';
    assert.equal(on(s, 'substringAfter(String)', '.'), 'Lightning.platform');
    assert.equal(on(s, 'substringAfterLast(String)', '.'), 'platform');
    assert.equal(on(s, 'substringBefore(String)', '.'), 'Salesforce');
    assert.equal(on(s, 'substringBeforeLast(String)', '.'), 'Salesforce.Lightning');
    assert.equal(on(s, 'substringAfterLast(String)', '#'), '');
    assert.equal(on(s, 'substringBefore(String)', '#'), s);
    assert.equal(on('tagYellowtag', 'substringBetween(String)', 'tag'), 'Yellow');
    assert.equal(on('xYellowy', 'substringBetween(String,String)', 'x', 'y'), 'Yellow');
    assert.equal(on('xYellow', 'substringBetween(String,String)', 'x', 'y'), null);
  });

  it('remove, removeStart, removeEnd (+IgnoreCase)', () => {
    const s = 'Salesforce and force.com';
    assert.equal(on(s, 'remove(String)', 'force'), 'Sales and .com');
    assert.equal(on(s, 'removeEnd(String)', '.com'), 'Salesforce and force');
    assert.equal(on(s, 'removeEndIgnoreCase(String)', '.COM'), 'Salesforce and force');
    assert.equal(on(s, 'removeStart(String)', 'Sales'), 'force and force.com');
    assert.equal(on(s, 'removeStartIgnoreCase(String)', 'SALES'), 'force and force.com');
  });

  it('abbreviate (Hello Maximillian)', () => {
    assert.equal(on('Hello Maximillian', 'abbreviate(Integer)', 8), 'Hello...');
    assert.equal(on('Hello Maximillian', 'abbreviate(Integer,Integer)', 9, 6), '...Max...');
    assert.equal(on('short', 'abbreviate(Integer)', 8), 'short');
  });

  it('character access', () => {
    assert.equal(on('\u03A9 is Omega.', 'charAt(Integer)', 0), 937);
    assert.equal(on('\uD835\uDD0A', 'charAt(Integer)', 0), 55349);
    assert.equal(on('\uD835\uDD0A', 'codePointAt(Integer)', 0), 120074);
    const str = '\u03A9 is \u03A9 (Omega), and \uD835\uDD0A  is Fraktur Capital G.';
    assert.equal(on(str, 'codePointBefore(Integer)', 22), 120074);
    assert.equal(
      on('\u03A9 and \uD835\uDD0A characters.', 'codePointCount(Integer,Integer)', 6, 8),
      1,
    );
    assert.deepEqual(items(on('Jane', 'getChars()')), [74, 97, 110, 101]);
    assert.equal(on('abcd', 'length()'), 4);
  });
});

describe('String transformations', () => {
  it('split with Java semantics (boo:and:moo)', () => {
    const s = 'boo:and:moo';
    assert.deepEqual(items(on(s, 'split(String,Integer)', ':', 2)), ['boo', 'and:moo']);
    assert.deepEqual(items(on(s, 'split(String,Integer)', ':', 5)), ['boo', 'and', 'moo']);
    assert.deepEqual(items(on(s, 'split(String,Integer)', ':', -2)), ['boo', 'and', 'moo']);
    assert.deepEqual(items(on(s, 'split(String,Integer)', 'o', 5)), ['b', '', ':and:m', '', '']);
    assert.deepEqual(items(on(s, 'split(String,Integer)', 'o', -2)), ['b', '', ':and:m', '', '']);
    assert.deepEqual(items(on(s, 'split(String,Integer)', 'o', 0)), ['b', '', ':and:m']);
    assert.deepEqual(items(on('a,b,,', 'split(String)', ',')), ['a', 'b']);
    assert.deepEqual(items(on(',a', 'split(String)', ',')), ['', 'a']);
    assert.deepEqual(items(on('', 'split(String)', ',')), ['']);
    assert.deepEqual(items(on('SSN;DOB', 'split(String)', ';')), ['SSN', 'DOB']);
    assert.deepEqual(items(on('e:\\processed\\PPDSF100111.csv', 'split(String)', '\\\\')), [
      'e:',
      'processed',
      'PPDSF100111.csv',
    ]);
  });

  it('replace is literal; replaceAll/replaceFirst take Java regex and replacement syntax', () => {
    assert.equal(on('abcdbca', 'replace(String,String)', 'bc', 'xy'), 'axydxya');
    assert.equal(on('a.b', 'replace(String,String)', '.', '$'), 'a$b');
    assert.equal(on('a.b.c', 'replaceAll(String,String)', '\\.', '-'), 'a-b-c');
    assert.equal(on('a b', 'replaceFirst(String,String)', ' ', '\\$'), 'a$b');
    assert.equal(on('a b c 5 xyz', 'replaceAll(String,String)', '[a-zA-Z]', '1'), '1 1 1 5 111');
    assert.equal(
      on('a b c 11 xyz', 'replaceFirst(String,String)', '[a-zA-Z]{2}', '2'),
      'a b c 11 2z',
    );
    assert.equal(
      on('John Smith', 'replaceAll(String,String)', '(\\w+) (\\w+)', '$2, $1'),
      'Smith, John',
    );
    assert.equal(
      on('a/b\\c\u0001d', 'replaceAll(String,String)', '[/\\\\\\x00-\\x1F]', '_'),
      'a_b_c_d',
    );
  });

  it('trim, normalizeSpace, deleteWhitespace', () => {
    assert.equal(on('   Hello!   ', 'trim()'), 'Hello!');
    assert.equal(on('\t x \n', 'trim()'), 'x');
    assert.equal(on('Salesforce \t     force.com', 'normalizeSpace()'), 'Salesforce force.com');
    assert.equal(on(' Hello Jane ', 'deleteWhitespace()'), 'HelloJane');
  });

  it('case conversions', () => {
    assert.equal(on('ThIs iS hArD tO rEaD', 'toLowerCase()'), 'this is hard to read');
    assert.equal(on('abcd', 'toUpperCase()'), 'ABCD');
    assert.equal(on('KIYMETL\u0130', 'toLowerCase(String)', 'tr'), 'k\u0131ymetli');
    assert.equal(on('imkans\u0131z', 'toUpperCase(String)', 'tr'), '\u0130MKANSIZ');
    assert.equal(on('hello maximillian', 'capitalize()'), 'Hello maximillian');
    assert.equal(on('Hello max', 'uncapitalize()'), 'hello max');
    assert.equal(on('Force.com', 'swapCase()'), 'fORCE.COM');
    assert.equal(on('abc', 'reverse()'), 'cba');
  });

  it('padding, centering and repeating', () => {
    assert.equal(on('abc', 'leftPad(Integer)', 5), '  abc');
    assert.equal(on('abc', 'leftPad(Integer,String)', 7, 'xy'), 'xyxyabc');
    assert.equal(on('7', 'leftPad(Integer,String)', 2, '0'), '07');
    assert.equal(on('abc', 'leftPad(Integer,String)', 5, null), '  abc');
    assert.equal(on('abc', 'rightPad(Integer)', 5), 'abc  ');
    assert.equal(on('abc', 'rightPad(Integer,String)', 7, 'xy'), 'abcxyxy');
    assert.equal(on('hello', 'center(Integer)', 9), '  hello  ');
    assert.equal(on('hello', 'center(Integer,String)', 9, '-'), '--hello--');
    assert.equal(on('SFDC', 'repeat(Integer)', 2), 'SFDCSFDC');
    assert.equal(on('SFDC', 'repeat(String,Integer)', '-', 2), 'SFDC-SFDC');
    assert.equal(on('x', 'repeat(Integer)', 0), '');
  });
});

describe('String character classes', () => {
  it('isAlpha, isAlphanumeric, isNumeric and the Space variants', () => {
    assert.equal(on('abc', 'isAlpha()'), true);
    assert.equal(on('abc 21', 'isAlpha()'), false);
    assert.equal(on('abc021', 'isAlphanumeric()'), true);
    assert.equal(on('aA Bb', 'isAlphaSpace()'), true);
    assert.equal(on('aA$Bb', 'isAlphaSpace()'), false);
    assert.equal(on('AE 86', 'isAlphanumericSpace()'), true);
    assert.equal(on('1234567890', 'isNumeric()'), true);
    assert.equal(on('1.2', 'isNumeric()'), false);
    assert.equal(on('1 2 3', 'isNumericSpace()'), true);
    assert.throws(() => on('', 'isNumeric()'), UnsupportedError);
  });

  it('case, whitespace and ASCII classes', () => {
    assert.equal(on('abcde', 'isAllLowerCase()'), true);
    assert.equal(on('ABCDE', 'isAllUpperCase()'), true);
    assert.equal(on(' ', 'isWhitespace()'), true);
    assert.equal(on('', 'isWhitespace()'), true);
    assert.equal(on('SIL80', 'isWhitespace()'), false);
    assert.equal(on('HelloJane ', 'containsWhitespace()'), true);
    assert.equal(on('abcd1234!@#$%^&*()`~-_+={[}]|:.?', 'isAsciiPrintable()'), true);
    assert.equal(on('\u221A', 'isAsciiPrintable()'), false);
  });
});

describe('String escaping and hashing', () => {
  it('Java, EcmaScript and Unicode escapes', () => {
    assert.equal(on('Company: "Salesforce.com"', 'escapeJava()'), 'Company: \\"Salesforce.com\\"');
    assert.equal(
      on('Company: \\"Salesforce.com\\"', 'unescapeJava()'),
      'Company: "Salesforce.com"',
    );
    assert.equal(on('"grade": 3.9/4.0', 'escapeEcmaScript()'), '\\"grade\\": 3.9\\/4.0');
    assert.equal(on('\\"3.8\\",\\"3.9\\"', 'unescapeEcmaScript()'), '"3.8","3.9"');
    assert.equal(on('De onde voc\u00EA \u00E9?', 'escapeUnicode()'), 'De onde voc\\u00EA \\u00E9?');
    assert.equal(
      on('De onde voc\\u00EA \\u00E9?', 'unescapeUnicode()'),
      'De onde voc\u00EA \u00E9?',
    );
    assert.equal(on('tab\there', 'escapeJava()'), 'tab\\there');
  });

  it('CSV, XML and HTML escapes', () => {
    assert.equal(on('Max1, "Max2"', 'escapeCsv()'), '"Max1, ""Max2"""');
    assert.equal(on('"Max1, ""Max2"""', 'unescapeCsv()'), 'Max1, "Max2"');
    assert.equal(on('"<Black&White>"', 'escapeXml()'), '&quot;&lt;Black&amp;White&gt;&quot;');
    assert.equal(on('"&lt;Black&amp;White&gt;"', 'unescapeXml()'), '"<Black&White>"');
    assert.equal(on('<caf\u00E9>', 'escapeHtml4()'), '&lt;caf&eacute;&gt;');
    assert.equal(on('&lt;caf&eacute;&#33;&#x21;&gt;', 'unescapeHtml4()'), '<caf\u00E9!!>');
    assert.equal(on('&nosuch;', 'unescapeHtml3()'), '&nosuch;');
  });

  it('hashCode matches Java String.hashCode', () => {
    assert.equal(on('', 'hashCode()'), 0);
    assert.equal(on('hello', 'hashCode()'), 99162322);
    assert.equal(on('polygenelubricants', 'hashCode()'), -2147483648);
  });
});
