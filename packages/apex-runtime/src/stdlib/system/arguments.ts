/**
 * Argument checks shared by the System natives. Overload resolution already matched the
 * declared types, so a wrong JavaScript type here is a runtime bug (TypeError); a null where
 * Salesforce's behaviour is not documented fails as unsupported rather than guessing.
 */
import { ApexInstance, TypeValue, UnsupportedError, type ApexValue } from '../../values.ts';

export function stringArg(value: ApexValue | undefined, what: string): string {
  if (value === null || value === undefined)
    throw new UnsupportedError(`${what} with a null argument`);
  if (typeof value !== 'string') throw new TypeError(`${what}: expected a String`);
  return value;
}

export function booleanArg(value: ApexValue | undefined, what: string): boolean {
  if (value === null || value === undefined)
    throw new UnsupportedError(`${what} with a null argument`);
  if (typeof value !== 'boolean') throw new TypeError(`${what}: expected a Boolean`);
  return value;
}

export function integerArg(value: ApexValue | undefined, what: string): number {
  if (value === null || value === undefined)
    throw new UnsupportedError(`${what} with a null argument`);
  if (typeof value !== 'number') throw new TypeError(`${what}: expected an Integer`);
  return value;
}

export function typeArg(value: ApexValue | undefined, what: string): TypeValue {
  if (value === null || value === undefined) throw new UnsupportedError(`${what} with a null Type`);
  if (!(value instanceof TypeValue)) throw new TypeError(`${what}: expected a System.Type`);
  return value;
}

/** An instance of a user class (a Queueable, a Schedulable, a mock). */
export function instanceArg(value: ApexValue | undefined, what: string): ApexInstance {
  if (value === null || value === undefined)
    throw new UnsupportedError(`${what} with a null argument`);
  if (!(value instanceof ApexInstance)) throw new UnsupportedError(`${what} with a system object`);
  return value;
}
