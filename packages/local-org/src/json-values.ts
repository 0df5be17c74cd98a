/** JSON values (component parameters, data/ tree files) to Apex values of a declared type, and back. */
import {
  TypeValue,
  type ApexType,
  type ApexValue,
  type ProjectRuntime,
} from '@securesend/apex-runtime';

function jsonClass(runtime: ProjectRuntime) {
  const json = runtime.program.registry.nativeByName('System.JSON');
  if (!json) throw new Error('System.JSON is not loaded');
  return json;
}

/** What JSON.deserialize(JSON.serialize(value), type) gives in Apex. */
export function apexValueOf(runtime: ProjectRuntime, value: unknown, type: ApexType): ApexValue {
  if (value === null || value === undefined) return null;
  const json = jsonClass(runtime);
  return runtime.interpreter.callNative(
    json,
    'deserialize',
    null,
    [JSON.stringify(value), new TypeValue(type)],
    true,
  );
}

/** An Apex value as the JSON value JSON.serialize gives (what Lightning hands a component). */
export function jsonValueOf(runtime: ProjectRuntime, value: ApexValue): unknown {
  const text = runtime.interpreter.callNative(jsonClass(runtime), 'serialize', null, [value], true);
  return JSON.parse(text as string) as unknown;
}
