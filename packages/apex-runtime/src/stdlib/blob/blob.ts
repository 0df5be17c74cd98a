/**
 * System.Blob (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_blob.htm):
 * valueOf(String) encodes UTF-8; toString() decodes UTF-8 and rejects invalid bytes with
 * System.StringException 'BLOB is not a valid UTF-8 string'. Not implemented: toPdf, toPdfA,
 * toPdfUa.
 */
import { method, staticMethod, type NativeClass, type NativeContext } from '../../natives.ts';
import { ApexBlob, type ApexValue } from '../../values.ts';

/** The Blob argument or receiver; null arguments are Apex NullPointerExceptions. */
export function blobArg(ctx: NativeContext, value: ApexValue | undefined): ApexBlob {
  if (value === null || value === undefined) {
    throw ctx.error('System.NullPointerException', 'Argument cannot be null.');
  }
  if (!(value instanceof ApexBlob)) throw new TypeError('Expected a Blob');
  return value;
}

export function stringArg(ctx: NativeContext, value: ApexValue | undefined): string {
  if (value === null || value === undefined) {
    throw ctx.error('System.NullPointerException', 'Argument cannot be null.');
  }
  if (typeof value !== 'string') throw new TypeError('Expected a String');
  return value;
}

export function utf8Blob(text: string): ApexBlob {
  return new ApexBlob(new TextEncoder().encode(text));
}

export function blobText(ctx: NativeContext, blob: ApexBlob): string {
  try {
    // ignoreBOM keeps a leading U+FEFF in the text, as Java's UTF-8 decoding does.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(blob.bytes);
  } catch {
    throw ctx.error('System.StringException', 'BLOB is not a valid UTF-8 string');
  }
}

export const blobClass: NativeClass = {
  name: 'System.Blob',
  methods: [
    staticMethod('valueOf', ['String'], 'Blob', (ctx, _self, [text]) =>
      utf8Blob(stringArg(ctx, text)),
    ),
    method('size', [], 'Integer', (ctx, self) => blobArg(ctx, self).bytes.length),
    method('toString', [], 'String', (ctx, self) => blobText(ctx, blobArg(ctx, self))),
  ],
};
