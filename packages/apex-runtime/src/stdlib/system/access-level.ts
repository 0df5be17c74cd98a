/**
 * System.AccessLevel: the mode Database methods and `WITH` clauses run in
 * (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_AccessLevel.htm).
 * A class, not an enum: USER_MODE and SYSTEM_MODE are static properties holding instances.
 * Not implemented (absent): withPermissionSetId.
 */
import type { NativeClass } from '../../natives.ts';
import { NativeObject, type ApexValue } from '../../values.ts';

export type AccessMode = 'user' | 'system';

export class AccessLevelValue extends NativeObject {
  readonly typeName = 'System.AccessLevel';
  constructor(readonly mode: AccessMode) {
    super();
  }
}

export const USER_MODE = new AccessLevelValue('user');
export const SYSTEM_MODE = new AccessLevelValue('system');

/** The mode an AccessLevel argument names, or null when the value is not an AccessLevel. */
export function accessModeOf(value: ApexValue): AccessMode | null {
  return value instanceof AccessLevelValue ? value.mode : null;
}

export const accessLevelClass: NativeClass = {
  name: 'System.AccessLevel',
  methods: [],
  staticFields: {
    USER_MODE: () => USER_MODE,
    SYSTEM_MODE: () => SYSTEM_MODE,
  },
};
