/** System.Blob, System.EncodingUtil and System.Crypto natives. */
import type { NativeClass } from '../../natives.ts';
import { blobClass } from './blob.ts';
import { cryptoClass } from './crypto.ts';
import { encodingUtilClass } from './encoding-util.ts';

export { blobText, utf8Blob } from './blob.ts';
export { urlDecode, urlEncode } from './encoding-util.ts';

export const blobClasses: NativeClass[] = [blobClass, encodingUtilClass, cryptoClass];
