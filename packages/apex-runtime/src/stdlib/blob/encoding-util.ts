/**
 * System.EncodingUtil
 * (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_restful_encodingUtil.htm).
 *
 * urlEncode/urlDecode follow Java's URLEncoder/URLDecoder (application/x-www-form-urlencoded):
 * letters, digits and `. - * _` stay, a space becomes '+', everything else is %XX (upper-case
 * hex) of its UTF-8 bytes. Only the 'UTF-8' encoding is implemented. Malformed input to
 * base64Decode, convertFromHex and urlDecode fails loudly (UnsupportedError): the exception Apex
 * raises for it is not documented.
 */
import { staticMethod, type NativeClass, type NativeContext } from '../../natives.ts';
import { ApexBlob, UnsupportedError, type ApexValue } from '../../values.ts';
import { blobArg, stringArg } from './blob.ts';

function requireUtf8(ctx: NativeContext, encoding: ApexValue | undefined, what: string): void {
  if (stringArg(ctx, encoding).toUpperCase() !== 'UTF-8') {
    throw new UnsupportedError(`EncodingUtil.${what} with an encoding other than UTF-8`);
  }
}

const URL_SAFE = /^[A-Za-z0-9.\-*_]$/;

export function urlEncode(text: string): string {
  let result = '';
  for (const char of text) {
    if (URL_SAFE.test(char)) result += char;
    else if (char === ' ') result += '+';
    // A lone surrogate cannot be encoded; Java's encoder writes '?' for it.
    else if (char.length === 1 && /[\uD800-\uDFFF]/.test(char)) result += '%3F';
    else {
      for (const byte of new TextEncoder().encode(char)) {
        result += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      }
    }
  }
  return result;
}

export function urlDecode(text: string): string {
  let result = '';
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (char === '+') {
      result += ' ';
      i++;
    } else if (char === '%') {
      // A run of %XX escapes is one UTF-8 byte sequence.
      const bytes: number[] = [];
      while (text.charAt(i) === '%') {
        const hex = text.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
          throw new UnsupportedError('EncodingUtil.urlDecode of a malformed % escape');
        }
        bytes.push(parseInt(hex, 16));
        i += 3;
      }
      result += new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(bytes));
    } else {
      result += char;
      i++;
    }
  }
  return result;
}

function base64Decode(text: string): ApexBlob {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw new UnsupportedError('EncodingUtil.base64Decode of text that is not plain base64');
  }
  return new ApexBlob(new Uint8Array(Buffer.from(text, 'base64')));
}

function convertFromHex(text: string): ApexBlob {
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(text)) {
    throw new UnsupportedError(
      'EncodingUtil.convertFromHex of text that is not pairs of hex digits',
    );
  }
  return new ApexBlob(new Uint8Array(Buffer.from(text, 'hex')));
}

export const encodingUtilClass: NativeClass = {
  name: 'System.EncodingUtil',
  methods: [
    staticMethod('base64Encode', ['Blob'], 'String', (ctx, _self, [blob]) => {
      return Buffer.from(blobArg(ctx, blob).bytes).toString('base64');
    }),
    staticMethod('base64Decode', ['String'], 'Blob', (ctx, _self, [text]) => {
      return base64Decode(stringArg(ctx, text));
    }),
    staticMethod('convertToHex', ['Blob'], 'String', (ctx, _self, [blob]) => {
      return Buffer.from(blobArg(ctx, blob).bytes).toString('hex');
    }),
    staticMethod('convertFromHex', ['String'], 'Blob', (ctx, _self, [text]) => {
      return convertFromHex(stringArg(ctx, text));
    }),
    staticMethod('urlEncode', ['String', 'String'], 'String', (ctx, _self, [text, encoding]) => {
      requireUtf8(ctx, encoding, 'urlEncode');
      return urlEncode(stringArg(ctx, text));
    }),
    staticMethod('urlDecode', ['String', 'String'], 'String', (ctx, _self, [text, encoding]) => {
      requireUtf8(ctx, encoding, 'urlDecode');
      return urlDecode(stringArg(ctx, text));
    }),
  ],
};
