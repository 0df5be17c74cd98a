/**
 * DML errors with Salesforce's status codes and wording, and the exception an all-or-none
 * failure raises. Values are never echoed where they could be record data (PHI): a too-long
 * text names the field and its limit only.
 */
import type { FieldDef, ObjectDef } from '../schema/types.ts';
import type { DmlError, DmlOperation, DmlRowResult } from './types.ts';

export function dmlError(statusCode: string, message: string, fields: string[] = []): DmlError {
  return { statusCode, message, fields };
}

export const errors = {
  requiredMissing: (fields: string[]) =>
    dmlError(
      'REQUIRED_FIELD_MISSING',
      `Required fields are missing: [${fields.join(', ')}]`,
      fields,
    ),
  /** Salesforce prints the value too ("data value too large: <value> (max length=n)"); we do not. */
  stringTooLong: (field: FieldDef) =>
    dmlError(
      'STRING_TOO_LONG',
      `${field.label}: data value too large (max length=${field.length})`,
      [field.name],
    ),
  duplicateValue: (field: FieldDef, otherId: string | null) =>
    dmlError(
      'DUPLICATE_VALUE',
      `duplicate value found: ${field.name} duplicates value on record with id: ${otherId ?? '<unknown>'}`,
      [],
    ),
  duplicateUsername: () =>
    dmlError(
      'DUPLICATE_USERNAME',
      'Duplicate Username.<br>The username already exists in this or another Salesforce ' +
        'organization. Usernames must be unique across all Salesforce organizations. To resolve, ' +
        "use a different username (it doesn't need to match the user's email address).",
      ['Username'],
    ),
  badPicklist: (field: FieldDef, value: string) =>
    dmlError(
      'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      `${field.label}: bad value for restricted picklist field: ${value}`,
      [field.name],
    ),
  invalidCrossReference: (fields: string[] = []) =>
    dmlError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', fields),
  wrongReferenceType: (field: FieldDef, id: string) =>
    dmlError('FIELD_INTEGRITY_EXCEPTION', `${field.label}: id value of incorrect type: ${id}`, [
      field.name,
    ]),
  entityIsDeleted: (fields: string[] = []) =>
    dmlError('ENTITY_IS_DELETED', 'entity is deleted', fields),
  idOnInsert: () =>
    dmlError('INVALID_FIELD_FOR_INSERT_UPDATE', 'cannot specify Id in an insert call', ['Id']),
  missingId: (call: 'update' | 'delete' | 'undelete') =>
    dmlError(
      'MISSING_ARGUMENT',
      `Id not specified in ${call === 'delete' ? 'a' : 'an'} ${call} call`,
    ),
  notUpdateable: (fields: string[]) =>
    dmlError(
      'INVALID_FIELD_FOR_INSERT_UPDATE',
      `Unable to create/update fields: ${fields.join(', ')}. Please check the security settings ` +
        'of this field and verify that it is read/write for your profile or permission set.',
      fields,
    ),
  insufficientAccess: () =>
    dmlError('INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id'),
  insufficientCrossReference: (fields: string[]) =>
    dmlError(
      'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
      'insufficient access rights on cross-reference id',
      fields,
    ),
  inactiveOwner: () =>
    dmlError('INACTIVE_OWNER_OR_USER', 'operation performed with inactive user', ['OwnerId']),
  missingExternalId: (field: string) => dmlError('MISSING_ARGUMENT', `${field} not specified`),
  duplicateExternalId: (field: FieldDef, ids: string[]) =>
    dmlError(
      'DUPLICATE_EXTERNAL_ID',
      `${field.label}: more than one record found for external id field: [${ids.join(', ')}]`,
      [field.name],
    ),
  duplicateExternalIdInBatch: (value: string) =>
    dmlError('DUPLICATE_VALUE', `Duplicate external id specified: ${value}`),
  deleteRestricted: (recordName: string, child: ObjectDef, childNames: string[]) =>
    dmlError(
      'DELETE_FAILED',
      `Your attempt to delete ${recordName} could not be completed because it is associated ` +
        `with the following ${child.labelPlural.toLowerCase()}.: ${childNames.join(', ')}`,
    ),
  notInRecycleBin: () => dmlError('UNDELETE_FAILED', 'Entity is not in the recycle bin'),
};

/** A user-mode object permission failure (Database methods with AccessLevel.USER_MODE). */
export function objectAccessDenied(operation: DmlOperation, object: ObjectDef): DmlError {
  return {
    ...errors.insufficientAccess(),
    // Wording reported for user-mode DML without the object permission.
    securityMessage: `DML operation ${operation.toUpperCase()} not allowed on ${object.name}`,
  };
}

/** A user-mode field-level security failure. */
export function fieldAccessDenied(object: ObjectDef, fields: string[]): DmlError {
  return {
    ...errors.notUpdateable(fields),
    securityMessage:
      `Operation failed due to fields being inaccessible on Sobject ${object.name}, ` +
      'check errors on Exception or Result!',
  };
}

/**
 * What an all-or-none operation with errors throws: System.DmlException with Salesforce's
 * "Insert failed. First exception on row 0; first error: CODE, message: [fields]", or
 * System.SecurityException for user-mode permission failures. Null when every row succeeded.
 */
export function dmlFailure(
  operation: DmlOperation,
  results: readonly DmlRowResult[],
  ids: readonly (string | null)[] = [],
): { exceptionType: string; message: string; row: number; error: DmlError } | null {
  const row = results.findIndex((r) => r.errors.length > 0);
  const error = results[row]?.errors[0];
  if (error === undefined) return null;
  if (error.securityMessage !== undefined) {
    return {
      exceptionType: 'System.SecurityException',
      message: error.securityMessage,
      row,
      error,
    };
  }
  const id = ids[row];
  const withId = id ? ` with id ${id}` : '';
  return {
    exceptionType: 'System.DmlException',
    message:
      `${operation} failed. First exception on row ${row}${withId}; first error: ` +
      `${error.statusCode}, ${error.message}: [${error.fields.join(', ')}]`,
    row,
    error,
  };
}
