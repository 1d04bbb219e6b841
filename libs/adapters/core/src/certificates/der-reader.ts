/** One DER element: its tag and where its content lies in the buffer. */
export interface DerElement {
  tag: number;
  start: number;
  end: number;
}

/** Reads the element at `offset`; undefined when the bytes do not hold a complete element. */
export function readDer(bytes: Uint8Array, offset: number): DerElement | undefined {
  if (offset + 2 > bytes.length) return undefined;
  const tag = bytes[offset]!;
  let length = bytes[offset + 1]!;
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    // Indefinite lengths are not DER; four length bytes already exceed any certificate.
    if (count === 0 || count > 4 || start + count > bytes.length) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i]!;
    start += count;
  }
  const end = start + length;
  return end > bytes.length ? undefined : { tag, start, end };
}

/** The elements directly inside a constructed element. */
export function derChildren(bytes: Uint8Array, parent: DerElement): DerElement[] {
  const children: DerElement[] = [];
  let offset = parent.start;
  while (offset < parent.end) {
    const child = readDer(bytes, offset);
    if (!child || child.end > parent.end) break;
    children.push(child);
    offset = child.end;
  }
  return children;
}
