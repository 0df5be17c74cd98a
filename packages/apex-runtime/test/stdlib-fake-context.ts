/**
 * A minimal NativeContext for the standard-library tests (numbers, strings, datetime, math): Apex
 * errors become FakeApexError, stringify uses String.valueOf, and the clock is pinned.
 */
import { ApexList, ApexSet, collectionToString } from '../src/collections.ts';
import type { NativeClass, NativeContext, NativeMethod } from '../src/natives.ts';
import { OBJECT_TYPE, UnsupportedError } from '../src/values.ts';
import type { ApexValue } from '../src/values.ts';
import { formatPrimitive } from '../src/stdlib/numbers/format-primitive.ts';
import { Session } from '../src/runtime/session.ts';

export class FakeApexError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** 2026-11-22T10:30:00.250Z */
export const PINNED_NOW = Date.UTC(2026, 10, 22, 10, 30, 0, 250);

/** A real Session whose clock is pinned. */
function pinnedSession(now: number): Session {
  const session = new Session('005000000000001AAA');
  session.fixedNow = now;
  session.test.isRunningTest = true;
  return session;
}

export function fakeContext(now = PINNED_NOW): NativeContext {
  const ctx: NativeContext = {
    error: (type, message) => new FakeApexError(type, message),
    equals: (a, b) => a === b,
    hashCode: () => 0,
    stringify(value: ApexValue): string {
      const primitive = formatPrimitive(value);
      if (primitive !== undefined) return primitive;
      if (value instanceof ApexList || value instanceof ApexSet) {
        return collectionToString(value, (element) => ctx.stringify(element));
      }
      throw new UnsupportedError('stringify in the fake context');
    },
    typeOf: () => OBJECT_TYPE,
    resolveType: () => null,
    coerce: (value) => value,
    invoke: () => {
      throw new UnsupportedError('invoke in the fake context');
    },
    instantiate: () => {
      throw new UnsupportedError('instantiate in the fake context');
    },
    fieldsOf: () => null,
    createStub: () => {
      throw new UnsupportedError('createStub in the fake context');
    },
    runtime: pinnedSession(now),
  };
  return ctx;
}

function findMethod(
  cls: NativeClass,
  name: string,
  params: string[],
  isStatic: boolean,
): NativeMethod {
  const found = cls.methods.find(
    (m) =>
      m.name.toLowerCase() === name.toLowerCase() &&
      m.isStatic === isStatic &&
      m.params.join(',') === params.join(','),
  );
  if (!found) throw new Error(`${cls.name}.${name}(${params.join(', ')}) is not declared`);
  return found;
}

/** Calls a static method picked by its exact documented signature. */
export function callStatic(
  cls: NativeClass,
  signature: string,
  args: ApexValue[] = [],
  ctx: NativeContext = fakeContext(),
): ApexValue {
  const { name, params } = parseSignature(signature);
  return findMethod(cls, name, params, true).impl(ctx, null, args);
}

/** Calls an instance method on `self`, picked by its exact documented signature. */
export function callOn(
  cls: NativeClass,
  self: ApexValue,
  signature: string,
  args: ApexValue[] = [],
  ctx: NativeContext = fakeContext(),
): ApexValue {
  const { name, params } = parseSignature(signature);
  return findMethod(cls, name, params, false).impl(ctx, self, args);
}

/** 'substring(Integer,Integer)' -> name and parameter types. */
function parseSignature(signature: string): { name: string; params: string[] } {
  const match = /^(\w+)\((.*)\)$/.exec(signature.replace(/\s+/g, ''));
  if (!match) throw new Error(`bad signature ${signature}`);
  return { name: match[1] ?? '', params: match[2] ? (match[2] ?? '').split(',') : [] };
}

/** Asserts that `run` throws the Apex exception `type` with `message`. */
export function apexErrorOf(run: () => unknown): { type: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof FakeApexError) return { type: error.type, message: error.message };
    throw error;
  }
  throw new Error('expected an Apex exception');
}
