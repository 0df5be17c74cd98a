/**
 * The contract between the interpreter and the standard library written in TypeScript.
 *
 * A system class (String, Math, System.HttpRequest, Database...) is a NativeClass: a table of
 * static and instance methods. Methods with the same name are overloads; the interpreter picks
 * the first whose arity matches and whose declared parameter types accept the argument values
 * (`Object` accepts anything, `null` matches any non-primitive-only parameter). Instance methods of
 * String, Integer, Date, List... receive the JavaScript value itself as `self`.
 *
 * Natives never guess: an Apex method that exists but is not implemented is simply absent, and
 * calling it fails with `unsupported: System.String.xyz(1 argument)`.
 */
import type { ApexType, ApexValue, ApexInstance } from './values.ts';
import type { SystemServices } from './stdlib/system/services.ts';

/** What a native method can ask of the running program. */
export interface NativeContext {
  /**
   * A throwable Apex system exception, e.g. `throw ctx.error('System.StringException', 'Invalid id: x')`.
   * Messages must never contain record data beyond what Salesforce itself would print.
   */
  error(exceptionType: string, message: string): Error;
  /** Apex `==` on two values (case-insensitive strings, deep collections, user `equals`). */
  equals(a: ApexValue, b: ApexValue): boolean;
  /** Apex hashCode (consistent with `equals`; calls user `hashCode`). */
  hashCode(value: ApexValue): number;
  /** String.valueOf / string concatenation form of a value (calls user `toString`). */
  stringify(value: ApexValue): string;
  /** The runtime type of a value (Integer for a number, the class for an instance...). */
  typeOf(value: ApexValue): ApexType;
  /** Parses a type name as Apex would resolve it from the calling class ('List<String>', 'GatewayApi.Event'). */
  resolveType(name: string): ApexType | null;
  /** Converts a value to a declared type the way assignment does (Integer -> Decimal...), or throws TypeException. */
  coerce(value: ApexValue, type: ApexType): ApexValue;
  /** Calls an Apex instance method by name (user classes, interfaces such as HttpCalloutMock). */
  invoke(target: ApexValue, method: string, args: ApexValue[]): ApexValue;
  /** Creates an instance of a class (user or system) with its no-argument constructor. */
  instantiate(type: ApexType): ApexValue;
  /**
   * The non-static fields and properties of a user class in declaration order, superclass first,
   * for JSON: the name as declared, its type, and whether it is transient. Null for non-user types.
   */
  fieldsOf(className: string): { name: string; type: ApexType; isTransient: boolean }[] | null;
  /**
   * Test.createStub: an instance of the user class `type` (no constructor runs) whose every
   * method call goes to `provider.handleMethodCall(...)`.
   */
  createStub(type: ApexType, provider: ApexValue): ApexValue;
  /** The running program's state: org, limits, clock, test context. */
  readonly runtime: RuntimeServices;
}

/**
 * Services outside the language proper. The interpreter owns the object; natives read and
 * update it (e.g. Limits counters, the current user for UserInfo).
 */
export interface RuntimeServices {
  readonly limits: GovernorCounters;
  /** The running user's Id (System.runAs changes it). */
  currentUserId(): string;
  /** Milliseconds since the epoch for System.now()/currentTimeMillis (a test may pin it). */
  now(): number;
  /** System.runAs: runs `body` as the user record `user` (an sObject User with an Id). */
  runAs<T>(user: ApexValue, body: () => T): T;
  /** System.debug output of the running transaction, one entry per call (already formatted). */
  readonly debugLog: string[];
  /** The test context (Test.startTest/stopTest, mocks, queued async work). */
  readonly test: TestContext;
  /**
   * Set by DML, cleared by a commit point (Test.startTest, the end of a @TestSetup method):
   * a callout while it is set fails with "You have uncommitted work pending".
   */
  uncommittedWork: boolean;
  /** What System, UserInfo, Id and Http natives need from the org (src/stdlib/system/services.ts). */
  readonly system: SystemServices;
}

/** Async work queued by System.enqueueJob / System.schedule, run at Test.stopTest. */
export interface QueuedJob {
  /** 'Queueable' or 'ScheduledApex' (as AsyncApexJob.JobType says). */
  kind: 'Queueable' | 'ScheduledApex';
  /** The AsyncApexJob (queueable) or CronTrigger (scheduled) Id. */
  jobId: string;
  /** Runs the job in its own transaction context. */
  run(): void;
}

export interface TestContext {
  isRunningTest: boolean;
  /** Between Test.startTest and Test.stopTest. */
  inStartStop: boolean;
  /** Test.startTest was already called in this test method (it may be called once). */
  startTestUsed: boolean;
  /** The HttpCalloutMock instance of Test.setMock, or null. */
  httpMock: ApexValue;
  readonly queuedJobs: QueuedJob[];
}

export interface GovernorCounters {
  soqlQueries: number;
  queryRows: number;
  dmlStatements: number;
  dmlRows: number;
  callouts: number;
  queueableJobs: number;
  futureCalls: number;
  /** Estimated CPU milliseconds (statements executed x a per-statement cost). */
  cpuTime: number;
  /** Estimated heap bytes of live values created by the transaction. */
  heapSize: number;
}

export type NativeImpl = (ctx: NativeContext, self: ApexValue, args: ApexValue[]) => ApexValue;

export interface NativeMethod {
  /** Name as documented (matched case-insensitively). */
  name: string;
  /** Parameter type names as documented: 'String', 'Integer', 'Object', 'List<String>', 'Map<String,Object>'. */
  params: string[];
  /** Return type name as documented ('void' for none). */
  returns: string;
  isStatic: boolean;
  impl: NativeImpl;
}

export interface NativeClass {
  /** Canonical qualified name, e.g. 'System.String', 'System.HttpRequest', 'Database.SaveResult'. */
  name: string;
  /** Supertype for instanceof and catch (e.g. exceptions: 'System.Exception'), if any. */
  extends?: string;
  /** Interfaces it implements (e.g. 'System.Comparable'). */
  implements?: string[];
  methods: NativeMethod[];
  /** Constructors (overloads by params); absent: the class cannot be constructed with `new`. */
  constructors?: { params: string[]; impl: (ctx: NativeContext, args: ApexValue[]) => ApexValue }[];
  /** Static properties and constants, e.g. System.AccessLevel.USER_MODE. */
  staticFields?: Record<string, (ctx: NativeContext) => ApexValue>;
  /**
   * Static members that cannot be listed up front, e.g. `Schema.SObjectType.Case` (one per
   * sObject type). Consulted after staticFields; undefined: no such member.
   */
  staticMember?: (ctx: NativeContext, name: string) => ApexValue | undefined;
  /**
   * Instance members that cannot be listed up front, e.g. `describe.fields.Subject` (one per
   * field). Consulted after instanceFields; undefined: no such member.
   */
  instanceMember?: (ctx: NativeContext, self: ApexValue, name: string) => ApexValue | undefined;
  /** Instance properties read with field syntax (e.g. Schema.SObjectType.Case.fields.Subject). */
  instanceFields?: Record<string, (ctx: NativeContext, self: ApexValue) => ApexValue>;
}

/** Helper to declare a method tersely: method('substring', ['Integer','Integer'], 'String', impl). */
export function method(
  name: string,
  params: string[],
  returns: string,
  impl: NativeImpl,
): NativeMethod {
  return { name, params, returns, isStatic: false, impl };
}

export function staticMethod(
  name: string,
  params: string[],
  returns: string,
  impl: NativeImpl,
): NativeMethod {
  return { name, params, returns, isStatic: true, impl };
}

/** Exceptions created by natives are ordinary Apex exception instances. */
export type ExceptionFactory = (exceptionType: string, message: string) => ApexInstance;
