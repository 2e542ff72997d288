// A minimal CBOR (RFC 8949) reader: enough for WebAuthn attestation objects and COSE keys (integers,
// byte and text strings, arrays, maps, simple values). Anything else, or a truncated input, throws.

export type Cbor = number | bigint | string | Uint8Array | boolean | null | undefined | Cbor[] | Map<Cbor, Cbor>;

/** Reads one CBOR item at `offset`; returns it and the offset after it. */
export function readCbor(bytes: Uint8Array, offset = 0, depth = 0): { value: Cbor; end: number } {
  if (depth > 16) throw new Error('CBOR nested too deeply');
  const at = (i: number): number => {
    const b = bytes[i];
    if (b === undefined) throw new Error('CBOR truncated');
    return b;
  };
  const head = at(offset);
  const major = head >> 5;
  const info = head & 31;
  let pos = offset + 1;
  let arg: number;
  if (info < 24) arg = info;
  else if (info <= 27) {
    const size = 1 << (info - 24);
    arg = 0;
    for (let i = 0; i < size; i++) arg = arg * 256 + at(pos + i);
    pos += size;
  } else throw new Error('CBOR indefinite lengths are not supported');

  switch (major) {
    case 0:
      return { value: arg, end: pos };
    case 1:
      return { value: -1 - arg, end: pos };
    case 2:
    case 3: {
      if (pos + arg > bytes.length) throw new Error('CBOR truncated');
      const slice = bytes.slice(pos, pos + arg);
      return { value: major === 2 ? slice : new TextDecoder().decode(slice), end: pos + arg };
    }
    case 4: {
      const list: Cbor[] = [];
      for (let i = 0; i < arg; i++) {
        const item = readCbor(bytes, pos, depth + 1);
        list.push(item.value);
        pos = item.end;
      }
      return { value: list, end: pos };
    }
    case 5: {
      const map = new Map<Cbor, Cbor>();
      for (let i = 0; i < arg; i++) {
        const k = readCbor(bytes, pos, depth + 1);
        const v = readCbor(bytes, k.end, depth + 1);
        map.set(k.value, v.value);
        pos = v.end;
      }
      return { value: map, end: pos };
    }
    case 7:
      if (info === 20) return { value: false, end: pos };
      if (info === 21) return { value: true, end: pos };
      if (info === 22) return { value: null, end: pos };
      if (info === 23) return { value: undefined, end: pos };
      throw new Error('CBOR floats are not supported');
    default:
      throw new Error(`CBOR major type ${major} is not supported`);
  }
}
