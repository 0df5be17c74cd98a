/**
 * The public instance fields of a compiled Java class (name and descriptor), read straight from
 * the class file format (JVM spec §4.1): all that is needed to describe a standard SObject.
 */

export interface JavaField {
  name: string;
  /** Field descriptor, e.g. `Lcom/nawforce/runforce/System/String;` or `[Lcom/.../SObjects/Case;`. */
  descriptor: string;
}

const ACC_PUBLIC = 0x0001;
const ACC_STATIC = 0x0008;
/** Constant pool tag -> size in bytes after the tag (Utf8 is variable and handled apart). */
const CONSTANT_SIZES: Record<number, number> = {
  3: 4,
  4: 4,
  5: 8,
  6: 8,
  7: 2,
  8: 2,
  9: 4,
  10: 4,
  11: 4,
  12: 4,
  15: 3,
  16: 2,
  17: 4,
  18: 4,
  19: 2,
  20: 2,
};
const UTF8 = 1;

export function readPublicInstanceFields(classFile: Buffer): JavaField[] {
  if (classFile.readUInt32BE(0) !== 0xcafebabe) throw new Error('not a Java class file');
  const strings = new Map<number, string>();
  const poolCount = classFile.readUInt16BE(8);
  let offset = 10;
  for (let index = 1; index < poolCount; index++) {
    const tag = classFile.readUInt8(offset);
    if (tag === UTF8) {
      const length = classFile.readUInt16BE(offset + 1);
      strings.set(index, classFile.toString('utf8', offset + 3, offset + 3 + length));
      offset += 3 + length;
      continue;
    }
    const size = CONSTANT_SIZES[tag];
    if (size === undefined) throw new Error(`unknown constant pool tag ${tag}`);
    offset += 1 + size;
    if (tag === 5 || tag === 6) index++; // longs and doubles take two slots
  }
  offset += 6; // access flags, this class, super class
  offset += 2 + 2 * classFile.readUInt16BE(offset); // interfaces
  const fieldCount = classFile.readUInt16BE(offset);
  offset += 2;
  const fields: JavaField[] = [];
  for (let index = 0; index < fieldCount; index++) {
    const access = classFile.readUInt16BE(offset);
    const name = strings.get(classFile.readUInt16BE(offset + 2)) ?? '';
    const descriptor = strings.get(classFile.readUInt16BE(offset + 4)) ?? '';
    const attributeCount = classFile.readUInt16BE(offset + 6);
    offset += 8;
    for (let attribute = 0; attribute < attributeCount; attribute++) {
      offset += 6 + classFile.readUInt32BE(offset + 2);
    }
    if (access & ACC_PUBLIC && !(access & ACC_STATIC)) fields.push({ name, descriptor });
  }
  return fields;
}
