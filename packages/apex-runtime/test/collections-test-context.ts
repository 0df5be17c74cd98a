/**
 * A small NativeContext for the collections, equality, blob, regex and JSON tests: user classes
 * are described in JavaScript (fields for JSON, methods for equals/hashCode/compareTo), and
 * Apex exceptions become FakeApexError with the exception type and message.
 */
import { Decimal } from 'decimal.js';
import { collectionToString } from '../src/collections.ts';
import { isCollection, keyHash, operatorEquals, type EqualityHooks } from '../src/equality.ts';
import type { NativeClass, NativeContext, NativeMethod, RuntimeServices } from '../src/natives.ts';
import {
  ApexDecimal,
  ApexDouble,
  ApexInstance,
  type ApexType,
  type ApexValue,
} from '../src/values.ts';

export class FakeApexError extends Error {
  constructor(
    readonly exceptionType: string,
    message: string,
  ) {
    super(message);
  }
}

type UserMethod = (self: ApexInstance, args: ApexValue[]) => ApexValue;

export interface FakeClass {
  fields?: { name: string; type: ApexType; isTransient?: boolean }[];
  methods?: Record<string, UserMethod>;
}

/** The members these natives use; the rest of NativeContext is left out on purpose. */
type FakeContext = Pick<
  NativeContext,
  | 'error'
  | 'equals'
  | 'hashCode'
  | 'stringify'
  | 'typeOf'
  | 'resolveType'
  | 'coerce'
  | 'invoke'
  | 'instantiate'
  | 'fieldsOf'
  | 'runtime'
  | 'createStub'
> & { hooks: EqualityHooks };

export function fakeContext(classes: Record<string, FakeClass> = {}): NativeContext & {
  hooks: EqualityHooks;
} {
  const userMethod = (value: ApexValue, name: string): UserMethod | undefined =>
    value instanceof ApexInstance ? classes[value.cls.name]?.methods?.[name] : undefined;
  const hooks: EqualityHooks = {
    userEquals: (a, b) => {
      const equals = userMethod(a, 'equals');
      return equals ? equals(a, [b]) === true : undefined;
    },
    userHashCode: (a) => {
      const hashCode = userMethod(a, 'hashCode');
      return hashCode ? (hashCode(a, []) as number) : undefined;
    },
  };
  const ctx: FakeContext = {
    hooks,
    error: (type, message) => new FakeApexError(type, message),
    equals: (a, b) => operatorEquals(a, b, hooks),
    hashCode: (value) => keyHash(value, hooks),
    stringify: (value) => stringify(value),
    typeOf: () => ({ kind: 'primitive', name: 'Object' }),
    resolveType: () => null,
    coerce: (value, type) => coerce(value, type),
    invoke: (target, name, args) => {
      const impl = userMethod(target, name) ?? classes['*']?.methods?.[name];
      if (!impl || !(target instanceof ApexInstance)) throw new Error(`no method ${name}`);
      return impl(target, args);
    },
    instantiate: (type) => new ApexInstance({ name: type.kind === 'class' ? type.name : '?' }),
    fieldsOf: (name) =>
      classes[name]?.fields?.map((f) => ({ ...f, isTransient: f.isTransient ?? false })) ?? null,
    // These natives never use the runtime services or stubs: reaching one is a test bug.
    runtime: new Proxy({} as RuntimeServices, {
      get: () => {
        throw new Error('ctx.runtime is not available in this fake context');
      },
    }),
    createStub: () => {
      throw new Error('ctx.createStub is not available in this fake context');
    },
  };
  // A cast, so members later added to NativeContext need no stub here.
  return ctx as NativeContext & { hooks: EqualityHooks };
}

function stringify(value: ApexValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    return String(value);
  }
  if (value instanceof ApexDecimal) return value.value.toFixed(value.scale);
  if (value instanceof ApexDouble) {
    return Number.isInteger(value.value) ? value.value.toFixed(1) : String(value.value);
  }
  if (isCollection(value)) return collectionToString(value, stringify);
  return `[${value.constructor.name}]`;
}

function coerce(value: ApexValue, type: ApexType): ApexValue {
  if (type.kind !== 'primitive' || value === null) return value;
  if (type.name === 'Decimal' && typeof value === 'number') {
    return new ApexDecimal(new Decimal(value), 0);
  }
  if (type.name === 'Long' && typeof value === 'number') return BigInt(value);
  if (type.name === 'Double' && typeof value === 'number') return new ApexDouble(value);
  return value;
}

/** Calls a native method by name and arity, as the interpreter would. */
export function callNative(
  classes: NativeClass[],
  className: string,
  methodName: string,
  ctx: NativeContext,
  self: ApexValue,
  args: ApexValue[],
): ApexValue {
  const cls = classes.find((c) => c.name === className);
  const candidates: NativeMethod[] =
    cls?.methods.filter(
      (m) => m.name.toLowerCase() === methodName.toLowerCase() && m.params.length === args.length,
    ) ?? [];
  const chosen = candidates[0];
  if (!chosen) throw new Error(`no native ${className}.${methodName}/${args.length}`);
  return chosen.impl(ctx, self, args);
}
