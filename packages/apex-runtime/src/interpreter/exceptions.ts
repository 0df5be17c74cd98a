/**
 * Exception objects: System.Exception and its subclasses (built-in or user-defined) are
 * ApexInstances whose message, cause and line live in reserved fields. The methods every
 * exception has (getMessage, getTypeName, getLineNumber...) are implemented here.
 */
import type { ApexInstance, ApexValue } from '../values.ts';

const MESSAGE = '$message';
const MESSAGE_SET = '$messageSet';
const CAUSE = '$cause';
const LINE = '$line';
const STACK = '$stack';

/**
 * AuraHandledException hides its constructor message from getMessage() until setMessage is
 * called: "Script-thrown exception" (the client still receives the message). Documented at
 * https://developer.salesforce.com/docs/atlas.en-us.lightning.meta/lightning/controllers_server_apex_custom_errors.htm
 */
const HIDDEN_MESSAGE = 'Script-thrown exception';

export function initException(
  instance: ApexInstance,
  message: string | null,
  cause: ApexValue,
  line: number,
  stack: string,
): void {
  instance.fields.set(MESSAGE, message);
  instance.fields.set(CAUSE, cause);
  instance.fields.set(LINE, line);
  instance.fields.set(STACK, stack);
}

/** The message as getMessage() returns it. */
export function exceptionMessage(instance: ApexInstance): string | null {
  const message = instance.fields.get(MESSAGE) as string | null | undefined;
  if (
    instance.cls.name === 'System.AuraHandledException' &&
    instance.fields.get(MESSAGE_SET) !== true
  ) {
    return HIDDEN_MESSAGE;
  }
  return message ?? null;
}

/** The message a client or a test failure report sees (AuraHandledException's real one). */
export function exceptionDisplayMessage(instance: ApexInstance): string {
  return (instance.fields.get(MESSAGE) as string | null | undefined) ?? HIDDEN_MESSAGE;
}

export function exceptionLine(instance: ApexInstance): number {
  return (instance.fields.get(LINE) as number | undefined) ?? 0;
}

/** The instance methods common to all exceptions, or undefined when `name` is not one. */
export function exceptionMethod(
  instance: ApexInstance,
  name: string,
  args: ApexValue[],
): { value: ApexValue } | undefined {
  switch (name.toLowerCase()) {
    case 'getmessage':
      return { value: exceptionMessage(instance) };
    case 'setmessage':
      instance.fields.set(MESSAGE, args[0] ?? null);
      instance.fields.set(MESSAGE_SET, true);
      return { value: null };
    case 'getcause':
      return { value: instance.fields.get(CAUSE) ?? null };
    case 'initcause':
      instance.fields.set(CAUSE, args[0] ?? null);
      return { value: null };
    case 'gettypename':
      return { value: instance.cls.name };
    case 'getlinenumber':
      return { value: exceptionLine(instance) };
    case 'getstacktracestring':
      return { value: (instance.fields.get(STACK) as string | undefined) ?? '' };
    default:
      return undefined;
  }
}

/** One failed DML row as DmlException.getDml*(i) reports it. */
export interface DmlRowFailure {
  index: number;
  id: string | null;
  statusCode: string;
  message: string;
  fields: string[];
  sobjectType: string;
}

const DML_ROWS = new WeakMap<ApexInstance, DmlRowFailure[]>();

/** Attaches the failed rows of a DML operation to its DmlException. */
export function setDmlRows(
  instance: ApexInstance,
  results: readonly {
    id: string | null;
    errors: { statusCode: string; message: string; fields: string[] }[];
  }[],
  rows: readonly ApexValue[],
): void {
  const failures: DmlRowFailure[] = [];
  results.forEach((result, index) => {
    const error = result.errors[0];
    if (!error) return;
    const row = rows[index];
    const sobjectType =
      row && typeof row === 'object' && 'sobjectType' in row ? String(row.sobjectType) : '';
    failures.push({
      index,
      id: result.id,
      statusCode: error.statusCode,
      message: error.message,
      fields: error.fields,
      sobjectType,
    });
  });
  DML_ROWS.set(instance, failures);
}

/** DmlException's per-row methods (getNumDml, getDmlMessage(i), ...). */
export function dmlExceptionMethod(
  instance: ApexInstance,
  name: string,
  args: ApexValue[],
  make: { statusCode(name: string): ApexValue; stringList(items: string[]): ApexValue },
): { value: ApexValue } | undefined {
  const rows = DML_ROWS.get(instance);
  if (!rows) return undefined;
  if (name === 'getnumdml') return { value: rows.length };
  const row = rows[typeof args[0] === 'number' ? args[0] : -1];
  switch (name) {
    case 'getdmlmessage':
      return { value: row?.message ?? null };
    case 'getdmlid':
      return { value: row?.id ?? null };
    case 'getdmlindex':
      return { value: row?.index ?? null };
    case 'getdmlfieldnames':
      return { value: row ? make.stringList(row.fields) : null };
    case 'getdmltype':
      return { value: row ? make.statusCode(row.statusCode) : null };
    case 'getdmlstatuscode':
      return { value: row?.statusCode ?? null };
    default:
      return undefined;
  }
}

/** Reserved field names never show up as user fields (JSON, toString). */
export function isReservedField(name: string): boolean {
  return name.startsWith('$');
}
