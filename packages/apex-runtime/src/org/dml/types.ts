/** DML options and per-row results (what Database.SaveResult / DeleteResult / UpsertResult carry). */

export interface DmlOptions {
  /** Default true: any row error saves nothing and the caller throws (see dmlFailure). */
  allOrNone?: boolean;
  /** 'user': CRUD, field-level security and sharing of `userId` apply. Default 'system'. */
  accessLevel?: 'user' | 'system';
  /** System mode in `with sharing` code: record access of `userId` applies (no CRUD/FLS). */
  enforceSharing?: boolean;
  /** The running user (owner of new records, CreatedById, and whose access 'user' checks). */
  userId: string;
}

export interface DmlError {
  /** System.StatusCode name, e.g. 'REQUIRED_FIELD_MISSING'. */
  statusCode: string;
  message: string;
  /** Field API names the error concerns (Database.Error.getFields()). */
  fields: string[];
  /**
   * Set for user-mode permission failures: with allOrNone the operation throws
   * System.SecurityException with this message instead of a DmlException.
   */
  securityMessage?: string;
}

export interface DmlRowResult {
  /** False for failed rows, and for every row of an all-or-none operation that failed. */
  success: boolean;
  /** The record's Id (null when an insert failed or was rolled back). */
  id: string | null;
  /** Upsert only: true when the row was inserted. */
  created?: boolean;
  /** Empty for successful rows and for rows rolled back only because another row failed. */
  errors: DmlError[];
}

export type DmlOperation = 'Insert' | 'Update' | 'Upsert' | 'Delete' | 'Undelete';
