/**
 * What the language core needs from the platform around it (the in-memory org, Schema, labels,
 * the test context). The interpreter depends on this interface only; src/platform/ implements
 * it over src/org/.
 */
import type { DmlStmt, Expr, SoqlQuery } from '../ast.ts';
import type { NativeContext } from '../natives.ts';
import type { ApexType, ApexValue, SObjectValue } from '../values.ts';

export interface QueryOptions {
  /** WITH USER_MODE -> 'user'; WITH SYSTEM_MODE or none -> 'system'; SECURITY_ENFORCED. */
  mode: 'user' | 'system' | 'security_enforced';
  /** Record sharing applies (user mode, or a `with sharing` class). */
  enforceSharing: boolean;
}

export interface DmlOptions {
  allOrNone: boolean;
  accessLevel: 'user' | 'system';
  enforceSharing: boolean;
  /** upsert: the external-id field API name (absent: by Id). */
  externalIdField?: string;
}

export interface Platform {
  /** Canonical API name of an sObject type, or undefined. */
  sobjectName(name: string): string | undefined;
  /** The Apex type of a field (undefined: no such field, which the caller reports). */
  fieldType(sobject: string, field: string): ApexType | undefined;
  /** Canonical field name plus, for a lookup/master-detail relationship name, the parent type. */
  relationship(sobject: string, name: string): { sobject: string; idField: string } | undefined;
  /** Child relationship (`Events__r`) of an sObject type: the child type. */
  childRelationship(sobject: string, name: string): string | undefined;
  /**
   * Static members written on an sObject type: `Case.SObjectType`, `Case.Subject` (an
   * SObjectField), `Secure_Message__Share.RowCause`. Undefined when there is no such member.
   */
  sobjectMember(ctx: NativeContext, sobject: string, member: string): ApexValue | undefined;
  /** Custom label value (`System.Label.X`), or undefined when the label does not exist. */
  label(name: string): string | undefined;
  /** Runs a SOQL query: a List<SObject> (as an ApexList) or, for COUNT(), an Integer. */
  query(
    ctx: NativeContext,
    query: SoqlQuery,
    bind: (expr: Expr) => ApexValue,
    options: QueryOptions,
  ): ApexValue;
  /** A DML statement (`insert x;`), all-or-none: throws System.DmlException on the first error. */
  dml(ctx: NativeContext, statement: DmlStmt['op'], target: ApexValue, options: DmlOptions): void;
  /** Static methods written on an sObject type: `X__mdt.getAll()`, `X__c.getOrgDefaults()`. */
  sobjectStaticMethod(
    ctx: NativeContext,
    sobject: string,
    method: string,
    args: ApexValue[],
  ): { value: ApexValue } | undefined;
  /** sObject instance methods (get, put, getSObject, getSObjects, getSObjectType, clone...). */
  sobjectMethod(
    ctx: NativeContext,
    record: SObjectValue,
    method: string,
    args: ApexValue[],
  ): { value: ApexValue } | undefined;
}
