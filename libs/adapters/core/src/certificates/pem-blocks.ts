export interface PemBlock {
  /** The label: `CERTIFICATE`, `PRIVATE KEY`, ... */
  label: string;
  /** The whole block, BEGIN to END lines. */
  text: string;
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

/** Every PEM block in a text, in order; text between blocks (comments, blank lines) is ignored. */
export function pemBlocks(text: string): PemBlock[] {
  return [...text.matchAll(BLOCK)].map((match) => ({ label: match[1]!, text: match[0] }));
}
