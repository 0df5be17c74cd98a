/**
 * Every standard-library class implemented in TypeScript, for the type registry.
 */
import type { NativeClass } from '../natives.ts';
import { blobClasses } from './blob/index.ts';
import { collectionClasses } from './collections/index.ts';
import { datetimeClasses } from './datetime/index.ts';
import { createJsonClasses, type JsonClassOptions } from './json/index.ts';
import { mathClasses } from './math.ts';
import { numberClasses } from './numbers/index.ts';
import { regexClasses } from './regex/index.ts';
import { stringClasses } from './strings/index.ts';

export function standardLibrary(json: JsonClassOptions = {}): NativeClass[] {
  return [
    ...numberClasses,
    ...mathClasses,
    ...stringClasses,
    ...datetimeClasses,
    ...collectionClasses,
    ...blobClasses,
    ...regexClasses,
    ...createJsonClasses(json),
  ];
}
