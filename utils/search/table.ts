import type { SectionData, Sections } from './binary';

/**
 * An open-addressing hash table from strings to lists of numbers, stored as typed arrays.
 * Looking a key up hashes its UTF-8 bytes and compares them in place: no string is decoded
 * and no Map is built when an artefact is opened.
 */

const encoder = new TextEncoder();

export function fnv1a(bytes: Uint8Array, length = bytes.length): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < length; i++) {
    hash ^= bytes[i]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function buildTable(prefix: string, entries: Map<string, ArrayLike<number>>): Record<string, SectionData> {
  const keys = [...entries.keys()];
  const encoded = keys.map((k) => encoder.encode(k));
  let slotCount = 1;
  while (slotCount < keys.length * 2) slotCount *= 2;
  const slots = new Int32Array(slotCount).fill(-1);
  const keyOffsets = new Uint32Array(keys.length + 1);
  const valueOffsets = new Uint32Array(keys.length + 1);
  let keyBytes = 0;
  let valueCount = 0;
  keys.forEach((key, i) => {
    keyOffsets[i] = keyBytes;
    valueOffsets[i] = valueCount;
    keyBytes += encoded[i]!.length;
    valueCount += entries.get(key)!.length;
  });
  keyOffsets[keys.length] = keyBytes;
  valueOffsets[keys.length] = valueCount;
  const keyBlob = new Uint8Array(keyBytes);
  const values = new Uint32Array(valueCount);
  keys.forEach((key, i) => {
    keyBlob.set(encoded[i]!, keyOffsets[i]!);
    values.set(entries.get(key)!, valueOffsets[i]!);
    let slot = fnv1a(encoded[i]!) & (slotCount - 1);
    while (slots[slot] !== -1) slot = (slot + 1) & (slotCount - 1);
    slots[slot] = i;
  });
  return {
    [`${prefix}.slots`]: slots,
    [`${prefix}.keyOffsets`]: keyOffsets,
    [`${prefix}.keys`]: keyBlob,
    [`${prefix}.valueOffsets`]: valueOffsets,
    [`${prefix}.values`]: values,
  };
}

export class Table {
  private readonly slots: Int32Array;
  private readonly keyOffsets: Uint32Array;
  private readonly keys: Uint8Array;
  private readonly valueOffsets: Uint32Array;
  private readonly values: Uint32Array;
  private scratch = new Uint8Array(256);

  constructor(sections: Sections, prefix: string) {
    this.slots = sections.i32(`${prefix}.slots`);
    this.keyOffsets = sections.u32(`${prefix}.keyOffsets`);
    this.keys = sections.u8(`${prefix}.keys`);
    this.valueOffsets = sections.u32(`${prefix}.valueOffsets`);
    this.values = sections.u32(`${prefix}.values`);
  }

  get size(): number {
    return this.keyOffsets.length - 1;
  }

  /** The key's position in the table, or -1. */
  find(key: string): number {
    if (this.scratch.length < key.length * 3) this.scratch = new Uint8Array(key.length * 3);
    const length = encoder.encodeInto(key, this.scratch).written;
    const mask = this.slots.length - 1;
    let slot = fnv1a(this.scratch, length) & mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === -1) return -1;
      const start = this.keyOffsets[entry]!;
      if (this.keyOffsets[entry + 1]! - start === length) {
        let same = true;
        for (let i = 0; i < length; i++) {
          if (this.keys[start + i] !== this.scratch[i]) {
            same = false;
            break;
          }
        }
        if (same) return entry;
      }
      slot = (slot + 1) & mask;
    }
  }

  valuesAt(entry: number): Uint32Array {
    return this.values.subarray(this.valueOffsets[entry]!, this.valueOffsets[entry + 1]!);
  }

  get(key: string): Uint32Array | null {
    const entry = this.find(key);
    return entry < 0 ? null : this.valuesAt(entry);
  }
}
