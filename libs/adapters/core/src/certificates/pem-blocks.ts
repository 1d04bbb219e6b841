export interface PemBlock {
  /** The label: `CERTIFICATE`, `PRIVATE KEY`, ... */
  label: string;
  /** The whole block, BEGIN to END lines. */
  text: string;
}

const BEGIN = '-----BEGIN ';
const DASHES = '-----';
const LABEL = /^[A-Z0-9 ]+$/;

/**
 * Every PEM block in a text, in order; text between blocks (comments, blank lines) is ignored. A
 * plain scan rather than one regular expression: this runs on every certificate value on every
 * discovery, and a backreference-heavy pattern costs a hundred times more.
 */
export function pemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  let from = 0;
  for (;;) {
    const begin = text.indexOf(BEGIN, from);
    if (begin < 0) break;
    const labelEnd = text.indexOf(DASHES, begin + BEGIN.length);
    if (labelEnd < 0) break;
    const label = text.slice(begin + BEGIN.length, labelEnd);
    if (!LABEL.test(label)) {
      from = begin + BEGIN.length;
      continue;
    }
    const endMarker = `-----END ${label}-----`;
    const end = text.indexOf(endMarker, labelEnd + DASHES.length);
    if (end < 0) break;
    blocks.push({ label, text: text.slice(begin, end + endMarker.length) });
    from = end + endMarker.length;
  }
  return blocks;
}
