/** JSON values (component parameters, data/ tree files) as Apex values of a declared type. */
import {
  TypeValue,
  type ApexType,
  type ApexValue,
  type ProjectRuntime,
} from '@securesend/apex-runtime';

/** What JSON.deserialize(JSON.serialize(value), type) gives in Apex. */
export function apexValueOf(runtime: ProjectRuntime, value: unknown, type: ApexType): ApexValue {
  if (value === null || value === undefined) return null;
  const json = runtime.program.registry.nativeByName('System.JSON');
  if (!json) throw new Error('System.JSON is not loaded');
  return runtime.interpreter.callNative(
    json,
    'deserialize',
    null,
    [JSON.stringify(value), new TypeValue(type)],
    true,
  );
}
