import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blobClasses } from '../src/stdlib/blob/index.ts';
import { ApexBlob, UnsupportedError, type ApexValue } from '../src/values.ts';
import { callNative, fakeContext, FakeApexError } from './collections-test-context.ts';

const ctx = fakeContext();
const call = (cls: string, name: string, self: ApexValue, ...args: ApexValue[]) =>
  callNative(blobClasses, `System.${cls}`, name, ctx, self, args);
const blobOf = (text: string) => call('Blob', 'valueOf', null, text) as ApexBlob;
const hex = (blob: ApexValue) => call('EncodingUtil', 'convertToHex', null, blob);

// https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_blob.htm
describe('System.Blob', () => {
  it('round-trips UTF-8 text and counts bytes', () => {
    const blob = blobOf('héllo');
    assert.equal(call('Blob', 'size', blob), 6);
    assert.equal(call('Blob', 'toString', blob), 'héllo');
  });

  it('rejects bytes that are not UTF-8', () => {
    assert.throws(
      () => call('Blob', 'toString', new ApexBlob(new Uint8Array([0xff, 0xfe]))),
      (e: unknown) =>
        e instanceof FakeApexError && e.message === 'BLOB is not a valid UTF-8 string',
    );
  });
});

// https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_restful_encodingUtil.htm
describe('System.EncodingUtil', () => {
  it('base64 round trip (RFC 4648 test vector "foobar" -> "Zm9vYmFy")', () => {
    assert.equal(call('EncodingUtil', 'base64Encode', null, blobOf('foobar')), 'Zm9vYmFy');
    assert.equal(call('EncodingUtil', 'base64Encode', null, blobOf('fo')), 'Zm8=');
    const decoded = call('EncodingUtil', 'base64Decode', null, 'Zm9vYmE=');
    assert.equal(call('Blob', 'toString', decoded), 'fooba');
    assert.throws(() => call('EncodingUtil', 'base64Decode', null, 'Zm9v!'), UnsupportedError);
  });

  it('hex round trip, lower-case', () => {
    assert.equal(hex(blobOf('Hi!')), '486921');
    const back = call('EncodingUtil', 'convertFromHex', null, '486921');
    assert.equal(call('Blob', 'toString', back), 'Hi!');
  });

  it('urlEncode follows Java URLEncoder: space -> +, * kept, UTF-8 escapes upper-case', () => {
    assert.equal(
      call('EncodingUtil', 'urlEncode', null, 'a b*c~d/é', 'UTF-8'),
      'a+b*c%7Ed%2F%C3%A9',
    );
    assert.equal(
      call('EncodingUtil', 'urlDecode', null, 'a+b*c%7Ed%2F%C3%A9', 'UTF-8'),
      'a b*c~d/é',
    );
  });
});

// https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_restful_crypto.htm
describe('System.Crypto', () => {
  it('generateDigest: FIPS 180-2 vectors for "abc"', () => {
    const abc = blobOf('abc');
    assert.equal(
      hex(call('Crypto', 'generateDigest', null, 'SHA-256', abc)),
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    assert.equal(
      hex(call('Crypto', 'generateDigest', null, 'SHA1', abc)),
      'a9993e364706816aba3e25717850c26c9cd0d89d',
    );
    assert.equal(
      hex(call('Crypto', 'generateDigest', null, 'MD5', abc)),
      '900150983cd24fb0d6963f7d28e17f72',
    );
  });

  it('generateMac hmacSHA256: RFC 4231 test case 2', () => {
    const mac = call(
      'Crypto',
      'generateMac',
      null,
      'hmacSHA256',
      blobOf('what do ya want for nothing?'),
      blobOf('Jefe'),
    );
    assert.equal(hex(mac), '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('generateAesKey returns that many random bits', () => {
    const key = call('Crypto', 'generateAesKey', null, 128) as ApexBlob;
    assert.equal(key.bytes.length, 16);
    assert.notEqual(hex(key), hex(call('Crypto', 'generateAesKey', null, 128)));
    assert.throws(() => call('Crypto', 'generateAesKey', null, 100), UnsupportedError);
  });

  it('encryptWithManagedIV prepends a 16-byte IV and decrypts back', () => {
    const key = call('Crypto', 'generateAesKey', null, 256);
    const data = call(
      'Crypto',
      'encryptWithManagedIV',
      null,
      'AES256',
      key,
      blobOf('secret'),
    ) as ApexBlob;
    assert.equal(data.bytes.length, 32);
    const clear = call('Crypto', 'decryptWithManagedIV', null, 'AES256', key, data);
    assert.equal(call('Blob', 'toString', clear), 'secret');
  });

  it('encrypt with a caller IV: NIST SP 800-38A F.2.1 first block (AES-128-CBC)', () => {
    const key = call('EncodingUtil', 'convertFromHex', null, '2b7e151628aed2a6abf7158809cf4f3c');
    const iv = call('EncodingUtil', 'convertFromHex', null, '000102030405060708090a0b0c0d0e0f');
    const clear = call('EncodingUtil', 'convertFromHex', null, '6bc1bee22e409f96e93d7e117393172a');
    const cipher = hex(call('Crypto', 'encrypt', null, 'AES128', key, iv, clear)) as string;
    // The first block is the NIST vector; a second block holds the PKCS5 padding.
    assert.equal(cipher.slice(0, 32), '7649abac8119b246cee98e9b12e9197d');
    assert.equal(cipher.length, 64);
  });
});
