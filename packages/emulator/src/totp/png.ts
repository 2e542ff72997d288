// A minimal PNG writer: 1-bit grayscale, zlib with stored (uncompressed) deflate blocks.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function u32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

function chunk(type: string, data: Uint8Array): number[] {
  const body = new Uint8Array(4 + data.length);
  body.set([...type].map((c) => c.charCodeAt(0)));
  body.set(data, 4);
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

function zlibStored(raw: Uint8Array): Uint8Array {
  const out: number[] = [0x78, 0x01];
  for (let i = 0; i < raw.length || i === 0; i += 65535) {
    const part = raw.subarray(i, i + 65535);
    const last = i + 65535 >= raw.length ? 1 : 0;
    out.push(last, part.length & 0xff, part.length >>> 8, ~part.length & 0xff, (~part.length >>> 8) & 0xff, ...part);
  }
  out.push(...u32(adler32(raw)));
  return Uint8Array.from(out);
}

/** A black-on-white PNG of a module matrix, `pixels` wide, with a quiet zone. */
export function matrixToPng(matrix: boolean[][], pixels = 256): Uint8Array {
  const modules = matrix.length + 8;
  const scale = Math.max(1, Math.floor(pixels / modules));
  const offset = Math.floor((pixels - matrix.length * scale) / 2);
  const rowBytes = Math.ceil(pixels / 8);
  const raw = new Uint8Array((rowBytes + 1) * pixels);
  for (let y = 0; y < pixels; y++) {
    const row = y * (rowBytes + 1);
    raw[row] = 0;
    for (let x = 0; x < pixels; x++) {
      const mx = Math.floor((x - offset) / scale);
      const my = Math.floor((y - offset) / scale);
      const dark = x >= offset && y >= offset && my < matrix.length && mx < matrix.length && matrix[my]![mx]!;
      if (!dark) raw[row + 1 + (x >>> 3)]! |= 0x80 >>> (x & 7);
    }
  }
  const ihdr = Uint8Array.from([...u32(pixels), ...u32(pixels), 1, 0, 0, 0, 0]);
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...chunk('IHDR', ihdr), ...chunk('IDAT', zlibStored(raw)), ...chunk('IEND', new Uint8Array())]);
}
