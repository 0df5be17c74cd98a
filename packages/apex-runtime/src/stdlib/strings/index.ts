/**
 * System.String: static helpers and the instance methods every String value has.
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_string.htm
 *
 * Not implemented (absent, so a call fails as unsupported): splitByCharacterType(CamelCase),
 * stripHtmlTags, template, offsetByCodePoints.
 */
import { method } from '../../natives.ts';
import type { NativeClass, NativeMethod } from '../../natives.ts';
import { isString, selfAs } from '../numbers/arguments.ts';
import {
  escapeEcmaScript,
  escapeJava,
  escapeUnicode,
  unescapeJava,
  unescapeUnicode,
} from './java-escapes.ts';
import {
  escapeCsv,
  escapeHtml3,
  escapeHtml4,
  escapeXml,
  unescapeCsv,
  unescapeHtml3,
  unescapeHtml4,
  unescapeXml,
} from './markup-escapes.ts';
import { stringClassifyMethods } from './string-classify.ts';
import { stringSearchMethods } from './string-search.ts';
import { stringSlicingMethods } from './string-slicing.ts';
import { stringStaticMethods } from './string-static.ts';
import { stringTransformMethods } from './string-transform.ts';

export { valueOf as stringValueOf } from './string-static.ts';

const ESCAPES: Record<string, (str: string) => string> = {
  escapeCsv,
  escapeEcmaScript,
  escapeHtml3,
  escapeHtml4,
  escapeJava,
  escapeUnicode,
  escapeXml,
  unescapeCsv,
  // Commons defines UNESCAPE_ECMASCRIPT as UNESCAPE_JAVA.
  unescapeEcmaScript: unescapeJava,
  unescapeHtml3,
  unescapeHtml4,
  unescapeJava,
  unescapeUnicode,
  unescapeXml,
};

const escapeMethods: NativeMethod[] = Object.entries(ESCAPES).map(([name, transform]) =>
  method(name, [], 'String', (ctx, self) => transform(selfAs(self, isString, ctx))),
);

/** Java String.hashCode: s[0]*31^(n-1) + ... + s[n-1] in 32-bit arithmetic. */
export function javaStringHash(str: string): number {
  let hash = 0;
  for (let i = 0; i < str.length; i += 1) hash = (Math.imul(hash, 31) + str.charCodeAt(i)) | 0;
  return hash;
}

export const stringClass: NativeClass = {
  name: 'System.String',
  implements: ['System.Comparable'],
  methods: [
    ...stringStaticMethods,
    ...stringSearchMethods,
    ...stringSlicingMethods,
    ...stringTransformMethods,
    ...stringClassifyMethods,
    ...escapeMethods,
    method('hashCode', [], 'Integer', (ctx, self) => javaStringHash(selfAs(self, isString, ctx))),
  ],
};

export const stringClasses: NativeClass[] = [stringClass];
