/**
 * Runs Apex snippets end to end with the System and Http natives: an interpreter over a tiny
 * platform (sObjects Account and User; DML only marks pending work, as an insert would), a
 * Session in a test context, and the in-memory SystemServices.
 */
import type { Platform } from '../src/interpreter/platform.ts';
import { ApexList } from '../src/collections.ts';
import { Interpreter } from '../src/interpreter/interpreter.ts';
import { loadProgram } from '../src/program.ts';
import { Session } from '../src/runtime/session.ts';
import { httpClasses } from '../src/stdlib/http/index.ts';
import { standardLibrary } from '../src/stdlib/index.ts';
import { InMemorySystemServices, systemClasses } from '../src/stdlib/system/index.ts';
import {
  ApexThrow,
  SObjectValue,
  UnsupportedError,
  primitive,
  type ApexValue,
} from '../src/values.ts';
import { exceptionMessage } from '../src/interpreter/exceptions.ts';

export const USER_ID = '005000000000001AAA';
export const ORG_ID = '00D000000000001AAA';
const SOBJECTS = new Map([
  ['account', 'Account'],
  ['user', 'User'],
]);

function sobjectName(name: string): string | undefined {
  return SOBJECTS.get(name.toLowerCase());
}

const PLATFORM: Platform = {
  sobjectName,
  fieldType: () => primitive('String'),
  relationship: () => undefined,
  childRelationship: () => undefined,
  sobjectMember: () => undefined,
  label: () => undefined,
  query: () => {
    throw new UnsupportedError('SOQL (no org in this harness)');
  },
  dml: (ctx) => {
    ctx.runtime.uncommittedWork = true;
  },
  sobjectMethod: () => undefined,
  sobjectStaticMethod: () => undefined,
};

export function testUser(): SObjectValue {
  const user = new SObjectValue('User');
  const fields: Record<string, string> = {
    Id: USER_ID,
    Name: 'Ada Lovelace',
    FirstName: 'Ada',
    LastName: 'Lovelace',
    Email: 'ada@example.com',
    Username: 'ada@example.com.test',
    ProfileId: '00e000000000001AAA',
    TimeZoneSidKey: 'GMT',
    LocaleSidKey: 'en_US',
    LanguageLocaleKey: 'en_US',
  };
  for (const [name, value] of Object.entries(fields)) user.set(name, value);
  return user;
}

export interface Run {
  interp: Interpreter;
  session: Session;
  system: InMemorySystemServices;
  /** Calls a static method of a loaded class. */
  call(className: string, method: string, args?: ApexValue[]): ApexValue;
}

export interface LoadOptions {
  isRunningTest?: boolean;
  /** Answers callouts outside tests (the SystemServices hook). */
  callout?: (request: ApexValue) => ApexValue;
}

export function load(sources: Record<string, string>, options: LoadOptions = {}): Run {
  const program = loadProgram(
    Object.entries(sources).map(([file, source]) => ({ file, source })),
    { sobjectName },
    [...standardLibrary(), ...systemClasses, ...httpClasses],
  );
  if (program.problems.length) throw new Error(JSON.stringify(program.problems));
  const system = new InMemorySystemServices({
    users: [testUser()],
    organizationId: ORG_ID,
    organizationName: 'Test Org',
    ...(options.callout ? { callout: options.callout } : {}),
  });
  const session = new Session(USER_ID, system);
  session.test = Session.freshTestContext(options.isRunningTest ?? true);
  session.fixedNow = Date.UTC(2030, 0, 2, 3, 4, 5);
  const interp = new Interpreter(program.registry, PLATFORM, session);
  return {
    interp,
    session,
    system,
    call: (className, method, args = []) => {
      const cls = program.registry.classByName(className);
      if (!cls) throw new Error(`no class ${className}`);
      return interp.callStatic(cls, method, args) ?? null;
    },
  };
}

/** Runs `body` as the static method `Snippet.run()` returning `returnType`. */
export function runApex(
  body: string,
  returnType = 'Object',
  extra: Record<string, string> = {},
): { value: ApexValue; run: Run } {
  const run = load({
    'Snippet.cls': `public class Snippet { public static ${returnType} run() { ${body} } }`,
    ...extra,
  });
  return { value: run.call('Snippet', 'run'), run };
}

/** The Apex exception `body` throws: its type and message. */
export function apexError(
  body: string,
  extra: Record<string, string> = {},
): { type: string; message: string | null } {
  try {
    runApex(body, 'void', extra);
  } catch (error) {
    if (error instanceof ApexThrow) {
      return { type: error.exception.cls.name, message: exceptionMessage(error.exception) };
    }
    throw error;
  }
  throw new Error('no Apex exception was thrown');
}

/** The elements of an Apex List result. */
export function itemsOf(value: ApexValue): ApexValue[] {
  if (!(value instanceof ApexList)) throw new Error('expected an Apex List');
  return value.items;
}
