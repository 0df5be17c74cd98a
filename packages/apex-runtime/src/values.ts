/**
 * How Apex values live in JavaScript. Every module (interpreter, standard library, org, JSON)
 * shares this one model:
 *
 *   Apex        JavaScript
 *   null        null
 *   Boolean     boolean
 *   Integer     number (always an integer in the signed 32-bit range)
 *   Long        bigint (signed 64-bit range)
 *   Double      ApexDouble
 *   Decimal     ApexDecimal (decimal.js value + the scale Apex keeps)
 *   String, Id  string (an Id is a string whose static type is Id; see KNOWN_DIFFERENCES.md)
 *   Date        ApexDate, Datetime ApexDatetime, Time ApexTime
 *   Blob        ApexBlob
 *   List/Set/Map  ApexList / ApexSet / ApexMap (src/collections.ts), element types attached
 *   sObject     SObjectValue
 *   class instance  ApexInstance (user classes and system exceptions)
 *   enum constant   ApexEnumValue
 *   System.Type     TypeValue
 *   other system objects (HttpRequest, Pattern, SaveResult...)  subclasses of NativeObject
 */
import type { Decimal } from 'decimal.js';

export type PrimitiveName =
  | 'Integer'
  | 'Long'
  | 'Double'
  | 'Decimal'
  | 'String'
  | 'Id'
  | 'Boolean'
  | 'Date'
  | 'Datetime'
  | 'Time'
  | 'Blob'
  | 'Object';

/** A resolved runtime type. Class and sObject names are canonical (declared spelling, qualified). */
export type ApexType =
  | { kind: 'primitive'; name: PrimitiveName }
  | { kind: 'list'; elem: ApexType }
  | { kind: 'set'; elem: ApexType }
  | { kind: 'map'; key: ApexType; value: ApexType }
  /** name 'SObject' is the generic sObject type. */
  | { kind: 'sobject'; name: string }
  /** A user or system class, interface or enum, e.g. 'GatewayApi.Event', 'System.HttpRequest'. */
  | { kind: 'class'; name: string }
  | { kind: 'void' };

export const OBJECT_TYPE: ApexType = { kind: 'primitive', name: 'Object' };

export function primitive(name: PrimitiveName): ApexType {
  return { kind: 'primitive', name };
}

export class ApexDouble {
  constructor(readonly value: number) {}
}

/**
 * Apex Decimal: an arbitrary-precision value that remembers its scale (digits after the point),
 * so `1.50` prints as 1.50 and `setScale` is observable.
 */
export class ApexDecimal {
  constructor(
    readonly value: Decimal,
    readonly scale: number,
  ) {}
}

/** A calendar date without time zone. month 1-12. */
export class ApexDate {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {}
}

/** An instant, milliseconds since the epoch (UTC). */
export class ApexDatetime {
  constructor(readonly millis: number) {}
}

/** A time of day, milliseconds since midnight. */
export class ApexTime {
  constructor(readonly millis: number) {}
}

export class ApexBlob {
  constructor(readonly bytes: Uint8Array) {}
}

/** Identifies a loaded class for instances, without this module depending on the interpreter. */
export interface ClassHandle {
  /** Canonical qualified name, e.g. 'SecureSendService' or 'GatewayApi.Event' or 'System.CalloutException'. */
  readonly name: string;
}

/** An instance of a user class or of a system exception class. Field keys are lower-cased. */
export class ApexInstance {
  readonly fields = new Map<string, ApexValue>();
  /** Set by Test.createStub: every method call goes to this System.StubProvider instead. */
  stubProvider?: ApexInstance;
  constructor(readonly cls: ClassHandle) {}
}

export class ApexEnumValue {
  constructor(
    /** Canonical qualified enum name, e.g. 'PhiCategory' or 'System.StatusCode'. */
    readonly enumType: string,
    readonly name: string,
    readonly ordinal: number,
  ) {}
}

/** A System.Type value (`Foo.class`, `Type.forName`). */
export class TypeValue {
  constructor(readonly type: ApexType) {}
}

/**
 * An sObject. Field keys are lower-cased API names; `names` keeps the canonical spelling for
 * JSON and toString. Parent relationships (`Contact`, `Sent_By__r`) hold SObjectValues; child
 * relationships (`Events__r`) hold ApexLists, both under the lower-cased relationship name.
 */
export class SObjectValue {
  readonly fields = new Map<string, ApexValue>();
  readonly names = new Map<string, string>();
  /**
   * True for rows returned by SOQL: reading a field that was not queried then throws
   * System.SObjectException, as in an org. Records built with `new` read unset fields as null.
   */
  retrievedByQuery = false;
  constructor(readonly sobjectType: string) {}

  get(name: string): ApexValue | undefined {
    return this.fields.get(name.toLowerCase());
  }

  set(name: string, value: ApexValue): void {
    const key = name.toLowerCase();
    if (!this.names.has(key)) this.names.set(key, name);
    this.fields.set(key, value);
  }
}

/** Base class for system objects implemented in TypeScript (HttpRequest, Pattern, SaveResult...). */
export abstract class NativeObject {
  /** Canonical qualified type name, e.g. 'System.HttpRequest'. */
  abstract readonly typeName: string;
}

export type ApexValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | ApexDouble
  | ApexDecimal
  | ApexDate
  | ApexDatetime
  | ApexTime
  | ApexBlob
  | ApexCollection
  | SObjectValue
  | ApexInstance
  | ApexEnumValue
  | TypeValue
  | NativeObject;

/** Implemented by src/collections.ts; declared here so every module can name them. */
export interface ApexCollection {
  readonly collectionKind: 'list' | 'set' | 'map';
}

/** An Apex exception travelling through JavaScript: `throw new ApexThrow(instance)`. */
export class ApexThrow extends Error {
  constructor(readonly exception: ApexInstance) {
    super('Apex exception');
  }
}

/**
 * A construct the runtime does not implement. It fails the running test with
 * `unsupported: <what> at <file>:<line>`; the interpreter adds the position.
 */
export class UnsupportedError extends Error {
  constructor(
    readonly what: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(file ? `unsupported: ${what} at ${file}:${line ?? '?'}` : `unsupported: ${what}`);
  }
}
