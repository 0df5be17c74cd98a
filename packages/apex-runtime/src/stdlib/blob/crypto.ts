/**
 * System.Crypto
 * (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_restful_crypto.htm),
 * on node:crypto.
 *
 * - generateDigest: MD5, SHA1, SHA-256, SHA-512, SHA3-256, SHA3-384, SHA3-512.
 * - generateMac: hmacMD5, hmacSHA1, hmacSHA256, hmacSHA512.
 * - generateAesKey(128|192|256): that many random bits.
 * - encrypt/decrypt (caller's 16-byte IV) and encryptWithManagedIV/decryptWithManagedIV (random IV
 *   stored as the first 16 bytes of the cipher text): AES128/AES192/AES256 in CBC mode with PKCS5
 *   (PKCS7) padding.
 * - getRandomInteger/getRandomLong: uniformly random over the whole range.
 *
 * Not implemented: sign/verify, signWithCertificate, signXml, generateDigest/generateMac names
 * outside the lists above. Argument errors whose Apex wording is undocumented (unknown algorithm,
 * wrong key length) fail loudly with UnsupportedError.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { staticMethod, type NativeClass, type NativeContext } from '../../natives.ts';
import { ApexBlob, UnsupportedError, type ApexValue } from '../../values.ts';
import { blobArg, stringArg } from './blob.ts';

const DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA1: 'sha1',
  'SHA-256': 'sha256',
  'SHA-512': 'sha512',
  'SHA3-256': 'sha3-256',
  'SHA3-384': 'sha3-384',
  'SHA3-512': 'sha3-512',
};

const MACS: Record<string, string> = {
  hmacMD5: 'md5',
  hmacSHA1: 'sha1',
  hmacSHA256: 'sha256',
  hmacSHA512: 'sha512',
};

const AES_KEY_BYTES: Record<string, number> = { AES128: 16, AES192: 24, AES256: 32 };
const IV_BYTES = 16;

function lookup(table: Record<string, string>, name: string, what: string): string {
  const found = table[name];
  if (found === undefined) throw new UnsupportedError(`Crypto.${what} algorithm '${name}'`);
  return found;
}

function blob(bytes: Uint8Array): ApexBlob {
  return new ApexBlob(new Uint8Array(bytes));
}

/** The node cipher name for an Apex AES algorithm name and key. */
function aesCipher(ctx: NativeContext, algorithm: ApexValue | undefined, key: ApexBlob): string {
  const name = stringArg(ctx, algorithm);
  const keyBytes = AES_KEY_BYTES[name];
  if (keyBytes === undefined) throw new UnsupportedError(`Crypto encryption algorithm '${name}'`);
  if (key.bytes.length !== keyBytes) {
    throw new UnsupportedError(`Crypto ${name} with a ${key.bytes.length}-byte key`);
  }
  return `aes-${keyBytes * 8}-cbc`;
}

function checkIv(iv: ApexBlob): void {
  if (iv.bytes.length !== IV_BYTES) {
    throw new UnsupportedError(`Crypto AES with a ${iv.bytes.length}-byte initialization vector`);
  }
}

function encrypt(cipherName: string, key: ApexBlob, iv: Uint8Array, clear: ApexBlob): Uint8Array {
  const cipher = createCipheriv(cipherName, key.bytes, iv);
  return Buffer.concat([cipher.update(clear.bytes), cipher.final()]);
}

function decrypt(
  ctx: NativeContext,
  cipherName: string,
  key: ApexBlob,
  iv: Uint8Array,
  data: Uint8Array,
) {
  // The Java messages Apex surfaces for cipher text that is not whole, padded blocks.
  if (data.length % IV_BYTES !== 0) {
    throw ctx.error(
      'System.SecurityException',
      'Input length must be multiple of 16 when decrypting with padded cipher',
    );
  }
  try {
    const decipher = createDecipheriv(cipherName, key.bytes, iv);
    return Buffer.concat([decipher.update(data), decipher.final()]);
  } catch {
    throw ctx.error('System.SecurityException', 'Given final block not properly padded');
  }
}

function randomInteger(): number {
  return randomBytes(4).readInt32BE(0);
}

function randomLong(): bigint {
  return randomBytes(8).readBigInt64BE(0);
}

export const cryptoClass: NativeClass = {
  name: 'System.Crypto',
  methods: [
    staticMethod('generateDigest', ['String', 'Blob'], 'Blob', (ctx, _self, [name, input]) => {
      const algorithm = lookup(DIGESTS, stringArg(ctx, name), 'generateDigest');
      return blob(createHash(algorithm).update(blobArg(ctx, input).bytes).digest());
    }),
    staticMethod(
      'generateMac',
      ['String', 'Blob', 'Blob'],
      'Blob',
      (ctx, _self, [name, input, key]) => {
        const algorithm = lookup(MACS, stringArg(ctx, name), 'generateMac');
        const mac = createHmac(algorithm, blobArg(ctx, key).bytes);
        return blob(mac.update(blobArg(ctx, input).bytes).digest());
      },
    ),
    staticMethod('generateAesKey', ['Integer'], 'Blob', (ctx, _self, [size]) => {
      if (size === null || size === undefined) {
        throw ctx.error('System.NullPointerException', 'Argument cannot be null.');
      }
      if (typeof size !== 'number') throw new TypeError('Expected an Integer');
      if (size !== 128 && size !== 192 && size !== 256) {
        throw new UnsupportedError(`Crypto.generateAesKey(${size})`);
      }
      return blob(randomBytes(size / 8));
    }),
    staticMethod(
      'encrypt',
      ['String', 'Blob', 'Blob', 'Blob'],
      'Blob',
      (ctx, _self, [name, key, iv, clear]) => {
        const keyBlob = blobArg(ctx, key);
        const ivBlob = blobArg(ctx, iv);
        checkIv(ivBlob);
        return blob(
          encrypt(aesCipher(ctx, name, keyBlob), keyBlob, ivBlob.bytes, blobArg(ctx, clear)),
        );
      },
    ),
    staticMethod(
      'decrypt',
      ['String', 'Blob', 'Blob', 'Blob'],
      'Blob',
      (ctx, _self, [name, key, iv, data]) => {
        const keyBlob = blobArg(ctx, key);
        const ivBlob = blobArg(ctx, iv);
        checkIv(ivBlob);
        const cipherName = aesCipher(ctx, name, keyBlob);
        return blob(decrypt(ctx, cipherName, keyBlob, ivBlob.bytes, blobArg(ctx, data).bytes));
      },
    ),
    staticMethod(
      'encryptWithManagedIV',
      ['String', 'Blob', 'Blob'],
      'Blob',
      (ctx, _self, [name, key, clear]) => {
        const keyBlob = blobArg(ctx, key);
        const iv = randomBytes(IV_BYTES);
        const cipherText = encrypt(aesCipher(ctx, name, keyBlob), keyBlob, iv, blobArg(ctx, clear));
        return blob(Buffer.concat([iv, cipherText]));
      },
    ),
    staticMethod(
      'decryptWithManagedIV',
      ['String', 'Blob', 'Blob'],
      'Blob',
      (ctx, _self, [name, key, data]) => {
        const keyBlob = blobArg(ctx, key);
        const cipherName = aesCipher(ctx, name, keyBlob);
        const bytes = blobArg(ctx, data).bytes;
        if (bytes.length < IV_BYTES) {
          throw new UnsupportedError('Crypto.decryptWithManagedIV of data shorter than its IV');
        }
        return blob(
          decrypt(ctx, cipherName, keyBlob, bytes.subarray(0, IV_BYTES), bytes.subarray(IV_BYTES)),
        );
      },
    ),
    staticMethod('getRandomInteger', [], 'Integer', () => randomInteger()),
    staticMethod('getRandomLong', [], 'Long', () => randomLong()),
  ],
};
