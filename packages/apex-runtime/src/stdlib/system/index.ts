/**
 * The System namespace natives: System, Assert, Test, Limits, UserInfo, Type, Id, Boolean,
 * AccessLevel, LoggingLevel, StatusCode, the async-job and mock interfaces and their contexts.
 * What they need from the org is the SystemServices hook (RuntimeServices.system).
 */
import type { NativeClass } from '../../natives.ts';
import { accessLevelClass } from './access-level.ts';
import { assertClass } from './assert-methods.ts';
import { booleanClass } from './boolean-class.ts';
import { loggingLevel, statusCode } from './enums.ts';
import { idClass } from './id-class.ts';
import { interfaceClasses } from './interfaces.ts';
import { limitsClass } from './limits-class.ts';
import { systemClass } from './system-class.ts';
import { testClass } from './test-class.ts';
import { typeClass } from './type-class.ts';
import { userInfoClass } from './user-info.ts';

export type { AsyncJobStatus, AsyncJobType, SystemServices } from './services.ts';
export { ScheduleConflict } from './services.ts';
export { InMemorySystemServices, type InMemorySystemOptions } from './default-services.ts';
export {
  accessModeOf,
  AccessLevelValue,
  USER_MODE,
  SYSTEM_MODE,
  type AccessMode,
} from './access-level.ts';
export { statusCodeValue, STATUS_CODES, LOGGING_LEVELS } from './enums.ts';
export { QueueableContextValue, SchedulableContextValue } from './interfaces.ts';
export { currentLimits } from './governor-limits.ts';

export const systemClasses: NativeClass[] = [
  systemClass,
  assertClass,
  testClass,
  limitsClass,
  userInfoClass,
  typeClass,
  idClass,
  booleanClass,
  accessLevelClass,
  loggingLevel.nativeClass,
  statusCode.nativeClass,
  ...interfaceClasses,
];
