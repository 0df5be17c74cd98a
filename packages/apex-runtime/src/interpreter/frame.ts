/**
 * One activation of Apex code: the class whose code runs (names resolve from it), `this`, the
 * local scope, and whether record sharing applies.
 */
import type { ApexInstance } from '../values.ts';
import type { ClassInfo } from './class-info.ts';
import type { Scope } from './scope.ts';

export interface Frame {
  readonly cls: ClassInfo;
  readonly self: ApexInstance | null;
  scope: Scope;
  readonly file: string;
  /** `with sharing` in effect (inherited from the caller when the class does not say). */
  readonly enforceSharing: boolean;
  /** Inside a property accessor: the property's lower-cased name reads/writes its storage. */
  readonly accessorOf?: string;
}
