const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A PNG ends with an empty IEND chunk: length 0, the type, and its fixed CRC. */
const end = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/**
 * Whether the first 24 and last 12 bytes of a file are those of a whole PNG of this size: the
 * signature, an IHDR of the right width and height, and the closing IEND chunk. Cheap enough to
 * run on every cached image, and it catches files cut short (a half-restored cache, a full disk).
 */
export function isWholePng(head: Uint8Array, tail: Uint8Array, width: number, height: number): boolean {
  const start = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  return (
    start.length >= 24 &&
    start.subarray(0, 8).equals(signature) &&
    start.toString('latin1', 12, 16) === 'IHDR' &&
    start.readUInt32BE(16) === width &&
    start.readUInt32BE(20) === height &&
    Buffer.from(tail.buffer, tail.byteOffset, tail.byteLength).equals(end)
  );
}
