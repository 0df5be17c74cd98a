/**
 * Reads files out of a jar (a zip) with node:zlib: the standard SObject descriptions live as
 * Java classes in a jar, and reading them here is ~1000x faster than starting javap per object.
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface JarEntry {
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

export class JarReader {
  private readonly zip: Buffer;
  private readonly entries = new Map<string, JarEntry>();

  constructor(private readonly jarPath: string) {
    this.zip = readFileSync(jarPath);
    this.readCentralDirectory();
  }

  /** Every entry name, e.g. `com/nawforce/runforce/SObjects/Case.class`. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The uncompressed bytes of one entry, or undefined if the jar has no such entry. */
  read(name: string): Buffer | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const offset = entry.localHeaderOffset;
    if (this.zip.readUInt32LE(offset) !== LOCAL_FILE_HEADER)
      throw new Error(`${this.jarPath}: bad local header for ${name}`);
    const dataStart =
      offset + 30 + this.zip.readUInt16LE(offset + 26) + this.zip.readUInt16LE(offset + 28);
    const data = this.zip.subarray(dataStart, dataStart + entry.compressedSize);
    if (entry.method === STORED) return data;
    if (entry.method === DEFLATED) return inflateRawSync(data);
    throw new Error(`${this.jarPath}: ${name} uses unsupported compression method ${entry.method}`);
  }

  private readCentralDirectory(): void {
    const zip = this.zip;
    // The end record sits in the last 22 bytes plus an optional comment of up to 64 KiB.
    let end = -1;
    for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset--) {
      if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) {
        end = offset;
        break;
      }
    }
    if (end < 0)
      throw new Error(`${this.jarPath} is not a zip/jar file (no end of central directory)`);
    const entryCount = zip.readUInt16LE(end + 10);
    let offset = zip.readUInt32LE(end + 16);
    for (let index = 0; index < entryCount; index++) {
      if (zip.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) {
        throw new Error(`${this.jarPath}: corrupt central directory at entry ${index}`);
      }
      const nameLength = zip.readUInt16LE(offset + 28);
      const extraLength = zip.readUInt16LE(offset + 30);
      const commentLength = zip.readUInt16LE(offset + 32);
      this.entries.set(zip.toString('utf8', offset + 46, offset + 46 + nameLength), {
        method: zip.readUInt16LE(offset + 10),
        compressedSize: zip.readUInt32LE(offset + 20),
        localHeaderOffset: zip.readUInt32LE(offset + 42),
      });
      offset += 46 + nameLength + extraLength + commentLength;
    }
  }
}
