import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeOpaquePng } from '../../src/lib/social-cards/png';

interface Chunk {
  type: string;
  data: Buffer;
  crcMatches: boolean;
}

/** The chunks of a PNG file, read by the format's own rules. */
function chunks(png: Buffer): Chunk[] {
  const found: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    found.push({
      type: typeAndData.subarray(0, 4).toString('latin1'),
      data: typeAndData.subarray(4),
      crcMatches: png.readUInt32BE(at + 8 + length) === crc32(typeAndData),
    });
    at += length + 12;
  }
  return found;
}

// A 3x2 image: red, green, blue over white, grey, black; alpha is opaque throughout.
const pixels = Uint8Array.from(
  [
    [255, 0, 0],
    [0, 255, 0],
    [0, 0, 255],
    [255, 255, 255],
    [128, 128, 128],
    [0, 0, 0],
  ].flatMap((rgb) => [...rgb, 255]),
);

describe('encodeOpaquePng', () => {
  const png = encodeOpaquePng(pixels, 3, 2);

  it('writes a PNG signature and well-formed chunks with valid checksums', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const found = chunks(png);
    expect(found.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(found.every((chunk) => chunk.crcMatches)).toBe(true);
  });

  it('declares the size as 8-bit RGB', () => {
    const header = chunks(png)[0]?.data as Buffer;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([3, 2, 8, 2]);
  });

  it('stores each row unfiltered with the pixels in order and alpha dropped', () => {
    const rows = inflateSync(chunks(png)[1]?.data as Buffer);
    expect([...rows]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 255, 255, 255, 128, 128, 128, 0, 0, 0]);
  });

  it('refuses pixel data that does not match the size', () => {
    expect(() => encodeOpaquePng(pixels, 4, 2)).toThrow('24 bytes is not 4x2 RGBA pixels');
  });
});
