/**
 * System enums: LoggingLevel (complete) and StatusCode (the codes this runtime's DML and
 * validation produce, plus common ones; the platform enum has hundreds). RoundingMode lives with
 * the numbers (src/stdlib/numbers).
 */
import { UnsupportedError, type ApexEnumValue } from '../../values.ts';
import { nativeEnum } from './native-enum.ts';

/**
 * In the documented order, lowest to highest, which is also their ordinal():
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_enum_System_LoggingLevel.htm
 */
export const LOGGING_LEVELS = [
  'NONE',
  'ERROR',
  'WARN',
  'INFO',
  'DEBUG',
  'FINE',
  'FINER',
  'FINEST',
] as const;

export const loggingLevel = nativeEnum('System.LoggingLevel', LOGGING_LEVELS, true);

/**
 * Declared System.StatusCode constants, alphabetically. ordinal() is the position in this list,
 * NOT the platform's ordinal (which depends on the full enum); name() and == are exact.
 */
export const STATUS_CODES = [
  'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY',
  'DELETE_FAILED',
  'DUPLICATE_VALUE',
  'ENTITY_IS_DELETED',
  'ENTITY_IS_LOCKED',
  'FIELD_CUSTOM_VALIDATION_EXCEPTION',
  'FIELD_FILTER_VALIDATION_EXCEPTION',
  'FIELD_INTEGRITY_EXCEPTION',
  'INACTIVE_OWNER_OR_USER',
  'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
  'INSUFFICIENT_ACCESS_OR_READONLY',
  'INVALID_CROSS_REFERENCE_KEY',
  'INVALID_EMAIL_ADDRESS',
  'INVALID_FIELD',
  'INVALID_FIELD_FOR_INSERT_UPDATE',
  'INVALID_ID_FIELD',
  'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
  'INVALID_TYPE',
  'MALFORMED_ID',
  'MISSING_ARGUMENT',
  'NUMBER_OUTSIDE_VALID_RANGE',
  'REQUIRED_FIELD_MISSING',
  'STRING_TOO_LONG',
  'UNABLE_TO_LOCK_ROW',
  'UNDELETE_FAILED',
] as const;

export const statusCode = nativeEnum('System.StatusCode', STATUS_CODES, false);

/**
 * The System.StatusCode constant for a DML error's code name, for Database.Error.getStatusCode();
 * the same object Apex code gets from `System.StatusCode.X`.
 */
export function statusCodeValue(name: string): ApexEnumValue {
  const value = statusCode.constant(name);
  if (!value)
    throw new UnsupportedError(
      `System.StatusCode.${name} (not declared in src/stdlib/system/enums.ts)`,
    );
  return value;
}
