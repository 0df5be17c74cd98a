/**
 * Failures the org raises as Apex exceptions. The interpreter turns an OrgException into an
 * instance of `exceptionType` with `message` (QueryException also gets getInaccessibleFields()).
 * Messages follow Salesforce's wording and never contain record data Salesforce would not print.
 */
export class OrgException extends Error {
  constructor(
    /** Qualified Apex exception type, e.g. 'System.QueryException'. */
    readonly exceptionType: string,
    message: string,
    /** User-mode query denials: object name -> inaccessible field names. */
    readonly inaccessibleFields?: ReadonlyMap<string, ReadonlySet<string>>,
  ) {
    super(message);
  }
}

export function queryException(
  message: string,
  inaccessibleFields?: ReadonlyMap<string, ReadonlySet<string>>,
): OrgException {
  return new OrgException('System.QueryException', message, inaccessibleFields);
}

/** A query naming an object the schema (or the user, in user mode) cannot see. */
export function unsupportedObject(name: string): OrgException {
  return queryException(
    `sObject type '${name}' is not supported. If you are attempting to use a custom object, ` +
      `be sure to append the '__c' after the entity name. Please reference your WSDL or the ` +
      `describe call for the appropriate names.`,
  );
}

export function noSuchColumn(field: string, object: string): OrgException {
  return queryException(
    `No such column '${field}' on entity '${object}'. If you are attempting to use a custom ` +
      `field, be sure to append the '__c' after the custom field name. Please reference your ` +
      `WSDL or the describe call for the appropriate names.`,
  );
}

export function unknownRelationship(relationship: string): OrgException {
  return queryException(
    `Didn't understand relationship '${relationship}' in field path. If you are attempting to ` +
      `use a custom relationship, be sure to append the '__r' after the custom relationship ` +
      `name. Please reference your WSDL or the describe call for the appropriate names.`,
  );
}
