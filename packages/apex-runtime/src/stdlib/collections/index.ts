/** System.List, System.Set and System.Map natives (instance methods; `self` is the collection). */
import type { NativeClass } from '../../natives.ts';
import { listClass } from './list.ts';
import { mapClass } from './map.ts';
import { setClass } from './set.ts';

export { copyMap, putAllRecords } from './map.ts';
export { copySet } from './set.ts';

export const collectionClasses: NativeClass[] = [listClass, setClass, mapClass];
