/**
 * A container of named, aligned sections, read back as typed-array views over the same bytes:
 * opening an artefact copies nothing and parses nothing but the section directory.
 */

const MAGIC = 0x31565354; // "TSV1"
const ALIGN = 8;

export type SectionData = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array;

export function packSections(sections: Record<string, SectionData>): Uint8Array {
  const names = Object.keys(sections);
  const encoder = new TextEncoder();
  const nameBytes = names.map((n) => encoder.encode(n));
  let headerSize = 12 + names.reduce((sum, _n, i) => sum + 12 + nameBytes[i]!.length, 0);
  headerSize = align(headerSize);
  let size = headerSize;
  const offsets: number[] = [];
  for (const name of names) {
    offsets.push(size);
    size = align(size + sections[name]!.byteLength);
  }
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, 1, true);
  view.setUint32(8, names.length, true);
  let at = 12;
  names.forEach((name, i) => {
    const data = sections[name]!;
    view.setUint32(at, nameBytes[i]!.length, true);
    view.setUint32(at + 4, offsets[i]!, true);
    view.setUint32(at + 8, data.byteLength, true);
    out.set(nameBytes[i]!, at + 12);
    at += 12 + nameBytes[i]!.length;
    out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), offsets[i]!);
  });
  return out;
}

export class Sections {
  private readonly directory = new Map<string, { offset: number; length: number }>();
  readonly buffer: ArrayBuffer;
  readonly byteLength: number;

  constructor(input: ArrayBuffer | Uint8Array) {
    let bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    // Typed-array views need aligned offsets; a Node Buffer from a pool may start anywhere.
    if (bytes.byteOffset % ALIGN !== 0) bytes = bytes.slice();
    this.buffer = bytes.buffer as ArrayBuffer;
    this.byteLength = bytes.byteLength;
    const base = bytes.byteOffset;
    if (bytes.byteLength < 12) throw new Error('The index artefact is truncated.');
    const view = new DataView(this.buffer, base, bytes.byteLength);
    if (view.getUint32(0, true) !== MAGIC) throw new Error('This is not a Tilsvar index artefact.');
    if (view.getUint32(4, true) !== 1) throw new Error('The index artefact has an unknown version.');
    const count = view.getUint32(8, true);
    const decoder = new TextDecoder();
    let at = 12;
    for (let i = 0; i < count; i++) {
      const nameLength = view.getUint32(at, true);
      const offset = view.getUint32(at + 4, true);
      const length = view.getUint32(at + 8, true);
      const name = decoder.decode(new Uint8Array(this.buffer, base + at + 12, nameLength));
      if (offset + length > bytes.byteLength) throw new Error(`The index artefact is truncated (section ${name}).`);
      this.directory.set(name, { offset: base + offset, length });
      at += 12 + nameLength;
    }
  }

  has(name: string): boolean {
    return this.directory.has(name);
  }

  private entry(name: string) {
    const found = this.directory.get(name);
    if (!found) throw new Error(`The index artefact lacks section ${name}.`);
    return found;
  }

  u8(name: string): Uint8Array {
    const { offset, length } = this.entry(name);
    return new Uint8Array(this.buffer, offset, length);
  }
  u16(name: string): Uint16Array {
    const { offset, length } = this.entry(name);
    return new Uint16Array(this.buffer, offset, length / 2);
  }
  u32(name: string): Uint32Array {
    const { offset, length } = this.entry(name);
    return new Uint32Array(this.buffer, offset, length / 4);
  }
  i32(name: string): Int32Array {
    const { offset, length } = this.entry(name);
    return new Int32Array(this.buffer, offset, length / 4);
  }
  f32(name: string): Float32Array {
    const { offset, length } = this.entry(name);
    return new Float32Array(this.buffer, offset, length / 4);
  }
}

function align(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}
