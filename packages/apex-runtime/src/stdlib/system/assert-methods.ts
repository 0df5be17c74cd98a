/**
 * The assertion methods: System.assert / assertEquals / assertNotEquals
 * (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_system.htm)
 * and the System.Assert class
 * (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_Assert.htm).
 * Both compare with equals() semantics: Strings are case-sensitive, unlike the == operator.
 */
import { typeName } from '../../interpreter/registry.ts';
import {
  staticMethod,
  type NativeClass,
  type NativeContext,
  type NativeMethod,
} from '../../natives.ts';
import type { ApexValue } from '../../values.ts';
import { typeArg } from './arguments.ts';
import { assertionFailure, expectedActual, sameValue, type MessageStyle } from './assertion.ts';
import { isInstance, objectEquals } from './type-checks.ts';

/** Declares `name(params)` and `name(params, message)` for one check. */
function withOptionalMessage(
  name: string,
  params: string[],
  check: (ctx: NativeContext, args: ApexValue[], message: ApexValue | undefined) => void,
  messageType = 'String',
): NativeMethod[] {
  return [
    staticMethod(name, params, 'void', (ctx, _self, args) => {
      check(ctx, args, undefined);
      return null;
    }),
    staticMethod(name, [...params, messageType], 'void', (ctx, _self, args) => {
      check(ctx, args.slice(0, params.length), args[params.length] ?? null);
      return null;
    }),
  ];
}

function equalityChecks(
  style: MessageStyle,
  equalName: string,
  notEqualName: string,
  messageType: string,
): NativeMethod[] {
  return [
    ...withOptionalMessage(
      equalName,
      ['Object', 'Object'],
      (ctx, [expected = null, actual = null], message) => {
        if (!objectEquals(ctx, expected, actual)) {
          throw assertionFailure(ctx, style, expectedActual(ctx, expected, actual), message);
        }
      },
      messageType,
    ),
    ...withOptionalMessage(
      notEqualName,
      ['Object', 'Object'],
      (ctx, [notExpected = null, actual = null], message) => {
        if (objectEquals(ctx, notExpected, actual)) {
          throw assertionFailure(ctx, style, sameValue(ctx, actual), message);
        }
      },
      messageType,
    ),
  ];
}

/** System.assert(condition[, msg]), assertEquals, assertNotEquals; msg is an Object there. */
export const assertMethodsOfSystem: NativeMethod[] = [
  ...withOptionalMessage(
    'assert',
    ['Boolean'],
    (ctx, [condition], message) => {
      if (condition !== true) throw assertionFailure(ctx, 'system', null, message);
    },
    'Object',
  ),
  ...equalityChecks('system', 'assertEquals', 'assertNotEquals', 'Object'),
];

function isInstanceCheck(
  ctx: NativeContext,
  [value = null, type]: ApexValue[],
  expected: boolean,
  message: ApexValue | undefined,
): void {
  const expectedType = typeArg(type, 'Assert.isInstanceOfType').type;
  if (isInstance(ctx, value, expectedType) === expected) return;
  const actualType = value === null ? 'null' : typeName(ctx.typeOf(value));
  const detail = expected
    ? `Expected: ${typeName(expectedType)}, Actual: ${actualType}`
    : `Not expected: ${typeName(expectedType)}, Actual: ${actualType}`;
  throw assertionFailure(ctx, 'assert', detail, message);
}

export const assertClass: NativeClass = {
  name: 'System.Assert',
  methods: [
    ...equalityChecks('assert', 'areEqual', 'areNotEqual', 'String'),
    ...withOptionalMessage('isTrue', ['Boolean'], (ctx, [condition = null], message) => {
      if (condition !== true)
        throw assertionFailure(ctx, 'assert', expectedActual(ctx, true, condition), message);
    }),
    ...withOptionalMessage('isFalse', ['Boolean'], (ctx, [condition = null], message) => {
      if (condition !== false)
        throw assertionFailure(ctx, 'assert', expectedActual(ctx, false, condition), message);
    }),
    ...withOptionalMessage('isNull', ['Object'], (ctx, [value = null], message) => {
      if (value !== null)
        throw assertionFailure(ctx, 'assert', expectedActual(ctx, null, value), message);
    }),
    ...withOptionalMessage('isNotNull', ['Object'], (ctx, [value = null], message) => {
      if (value === null) throw assertionFailure(ctx, 'assert', sameValue(ctx, null), message);
    }),
    ...withOptionalMessage('fail', [], (ctx, _args, message) => {
      throw assertionFailure(ctx, 'assert', null, message);
    }),
    ...withOptionalMessage('isInstanceOfType', ['Object', 'System.Type'], (ctx, args, message) =>
      isInstanceCheck(ctx, args, true, message),
    ),
    ...withOptionalMessage('isNotInstanceOfType', ['Object', 'System.Type'], (ctx, args, message) =>
      isInstanceCheck(ctx, args, false, message),
    ),
  ],
};
