/**
 * A PNG encoder for opaque images: 8-bit RGB, no row filters, zlib at a low level. For social cards
 * (flat colours, text) this is faster than the renderer's own encoder (docs/performance.md) and the
 * files come out no larger, because most of a card is long runs of one colour that even fast
 * compression finds.
 */
import { crc32, deflateSync } from 'node:zlib';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const framed = Buffer.alloc(typeAndData.length + 8);
  framed.writeUInt32BE(data.length, 0);
  typeAndData.copy(framed, 4);
  framed.writeUInt32BE(crc32(typeAndData), framed.length - 4);
  return framed;
}

/**
 * Encodes RGBA pixels (4 bytes per pixel, rows top to bottom) as an RGB PNG. Alpha is dropped, so
 * the image must be opaque, as every card is.
 */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number): Buffer {
  if (rgba.length !== width * height * 4) {
    throw new Error(`encodeOpaquePng: ${rgba.length} bytes is not ${width}x${height} RGBA pixels`);
  }
  const stride = width * 3 + 1;
  // Each row starts with its filter type: 0, none.
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    let to = y * stride + 1;
    for (let from = y * width * 4, end = from + width * 4; from < end; from += 4) {
      rows[to++] = rgba[from] as number;
      rows[to++] = rgba[from + 1] as number;
      rows[to++] = rgba[from + 2] as number;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 3 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
