/**
 * Helpers shared by components that talk to Lightning Data Service, UI API and Apex.
 */

/** A record-like value whose properties are not known yet. */
type UnknownRecord = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null;
}

function nonEmptyArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value) && value.length > 0;
}

/** `error.message` when it is a string, otherwise `undefined`. */
function messageOf(error: unknown): string | undefined {
  return isRecord(error) && typeof error.message === 'string' ? error.message : undefined;
}

/** The messages of a `{ [field]: [{ message }] }` map of field errors. */
function fieldErrorMessages(fieldErrors: UnknownRecord): (string | undefined)[] {
  return Object.values(fieldErrors).flatMap((errorsForField) => {
    return Array.isArray(errorsForField) ? errorsForField.map(messageOf) : [];
  });
}

/** Formats a UI API DML page-level error as `errorCode (message)`, like the platform does. */
function outputErrorMessage(error: unknown): string | undefined {
  if (!isRecord(error)) {
    return undefined;
  }
  const message = messageOf(error);
  const errorCode = typeof error.errorCode === 'string' ? error.errorCode : undefined;
  if (errorCode && message) {
    return `${errorCode} (${message})`;
  }
  return message ?? errorCode;
}

/** The messages carried by one error, in whichever shape it arrived. */
function messagesOf(error: UnknownRecord): (string | undefined)[] {
  const body = error.body;

  // UI API read errors: body is an array of { message }.
  if (Array.isArray(body)) {
    return body.map(messageOf);
  }

  if (isRecord(body)) {
    // Page-level errors (DML through Apex, record forms).
    if (nonEmptyArray(body.pageErrors)) {
      return body.pageErrors.map(messageOf);
    }
    // Field-level errors.
    const fieldErrors = body.fieldErrors;
    if (isRecord(fieldErrors) && Object.keys(fieldErrors).length > 0) {
      return fieldErrorMessages(fieldErrors);
    }
    const output = body.output;
    if (isRecord(output)) {
      // UI API DML page-level errors.
      if (nonEmptyArray(output.errors)) {
        return output.errors.map(outputErrorMessage);
      }
      // UI API DML field-level errors.
      const outputFieldErrors = output.fieldErrors;
      if (isRecord(outputFieldErrors) && Object.keys(outputFieldErrors).length > 0) {
        return fieldErrorMessages(outputFieldErrors);
      }
    }
    // UI API DML, Apex (AuraHandledException) and network errors.
    if (typeof body.message === 'string') {
      return [body.message];
    }
  }

  // JavaScript errors.
  const message = messageOf(error);
  if (message !== undefined) {
    return [message];
  }

  // Unknown shape: fall back to the HTTP status text.
  return [typeof error.statusText === 'string' ? error.statusText : undefined];
}

/**
 * Reduces one or more errors (from `@wire`, an imperative Apex call, LDS, UI API or plain
 * JavaScript) to the list of their human-readable messages, dropping empty ones.
 *
 * @param errors one error or an array of errors, in any of the shapes the platform produces
 * @returns the error messages, possibly empty when no shape matched
 */
export function reduceErrors(errors: unknown): string[] {
  const list: readonly unknown[] = Array.isArray(errors) ? errors : [errors];
  return list
    .filter(isRecord)
    .flatMap(messagesOf)
    .filter((message): message is string => typeof message === 'string' && message.length > 0);
}
