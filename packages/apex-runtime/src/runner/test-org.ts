/**
 * The org a test run executes against, injected into the runner: the Platform the interpreter
 * talks to plus the operations Apex test isolation needs. The org-backed implementation lives
 * with src/platform/; `noOrgTestOrg()` is for language-level programs (the conformance suite),
 * where every SOQL query and DML statement fails loudly.
 */
import type { Platform } from '../interpreter/platform.ts';
import type { NativeClass } from '../natives.ts';
import { httpClasses } from '../stdlib/http/index.ts';
import { standardLibrary } from '../stdlib/index.ts';
import { systemClasses } from '../stdlib/system/index.ts';
import type { SystemServices } from '../stdlib/system/services.ts';
import { UnsupportedError } from '../values.ts';

export interface TestOrg {
  /** Shown in reports, e.g. 'in-memory org from force-app' or 'none (SOQL and DML unsupported)'. */
  readonly description: string;
  readonly platform: Platform;
  /** The user test methods run as (System.runAs changes it inside a method). */
  readonly defaultUserId: string;
  /**
   * What the System natives need from the org (users for UserInfo, AsyncApexJob/CronTrigger rows);
   * absent: the Session's in-memory default with no users.
   */
  readonly system?: SystemServices;
  /** Captures the org's records, id counters and anything else DML can change. */
  snapshot(): unknown;
  /** Puts the org back exactly as it was when `snapshot` was taken. */
  restore(snapshot: unknown): void;
}

/** A user Id for runs without an org (005 is the User key prefix). */
export const NO_ORG_USER_ID = '005000000000001AAA';

function noOrg(what: string): never {
  throw new UnsupportedError(`${what} (no org: this program runs without an org)`);
}

/** A platform without sObjects: every type lookup misses and SOQL/DML throw UnsupportedError. */
export const NO_ORG_PLATFORM: Platform = {
  sobjectName: () => undefined,
  fieldType: () => undefined,
  relationship: () => undefined,
  childRelationship: () => undefined,
  sobjectMember: () => undefined,
  label: () => undefined,
  query: () => noOrg('SOQL'),
  dml: () => noOrg('DML'),
  sobjectMethod: () => undefined,
  sobjectStaticMethod: () => undefined,
};

/**
 * The natives of a run without an org: the standard library plus the System namespace (debug,
 * Assert, Test, Limits...) and HTTP classes, which need no org (System natives use the Session's
 * in-memory SystemServices).
 */
export function noOrgNatives(): NativeClass[] {
  return [...standardLibrary(), ...systemClasses, ...httpClasses];
}

/** A TestOrg with nothing to snapshot. */
export function noOrgTestOrg(): TestOrg {
  return {
    description: 'none (SOQL and DML are unsupported)',
    platform: NO_ORG_PLATFORM,
    defaultUserId: NO_ORG_USER_ID,
    snapshot: () => null,
    restore: () => undefined,
  };
}
