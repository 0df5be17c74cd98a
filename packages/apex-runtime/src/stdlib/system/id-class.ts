/**
 * System.Id (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_id.htm).
 * An Id is a JavaScript string; `id.method()` reaches these instance methods when String has no
 * method of that name. valueOf converts like assignment does: 15 or 18 valid characters give the
 * 18-character Id, anything else is System.StringException "Invalid id: <value>".
 * Not implemented (absent): valueOf(String, Boolean restoreCasing), addError, getSObjectType of
 * an Id whose prefix the org does not know (the hook's answer is returned as is).
 */
import { method, staticMethod, type NativeClass } from '../../natives.ts';
import { isValidId, to15, to18 } from '../../org/ids.ts';
import { stringArg } from './arguments.ts';

export const idClass: NativeClass = {
  name: 'System.Id',
  methods: [
    staticMethod('valueOf', ['String'], 'Id', (ctx, _self, [value]) => {
      const text = stringArg(value, 'Id.valueOf');
      if (!isValidId(text)) throw ctx.error('System.StringException', `Invalid id: ${text}`);
      return to18(text);
    }),
    method('getSObjectType', [], 'Schema.SObjectType', (ctx, self) =>
      ctx.runtime.system.sobjectTypeOfId(stringArg(self, 'Id.getSObjectType')),
    ),
    method('to15', [], 'String', (_ctx, self) => to15(stringArg(self, 'Id.to15'))),
  ],
};
