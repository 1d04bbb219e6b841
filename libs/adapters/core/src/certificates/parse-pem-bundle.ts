import { BoundedMemo } from './bounded-memo';
import { parseCertificate } from './parse-certificate';
import { type ParsedCertificate } from './parsed-certificate';
import { pemBlocks } from './pem-blocks';

// Discovery re-reads every certificate on every change of its cluster; parsing one costs about half a
// millisecond (node:crypto), a lookup nothing. Failures are not kept: they are rare and cheap to redo.
const parsed = new BoundedMemo<ParsedCertificate>(2_048);

export type PemBundleResult =
  { ok: true; certificates: ParsedCertificate[] } | { ok: false; problem: string };

/**
 * Every certificate of a PEM bundle, in order. Blocks of other kinds (a private key someone put in the
 * same value) are skipped and never copied anywhere. A bundle with no certificate, or with one that
 * does not parse, is a problem in words, never an exception.
 */
export function parsePemBundle(text: string): PemBundleResult {
  const blocks = pemBlocks(text).filter((b) => b.label === 'CERTIFICATE');
  if (blocks.length === 0) return { ok: false, problem: 'no PEM certificate in it' };
  const certificates: ParsedCertificate[] = [];
  for (const [index, block] of blocks.entries()) {
    try {
      certificates.push(parsed.get(block.text, () => parseCertificate(block.text)));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        problem: `certificate ${index + 1} of ${blocks.length} does not parse (${reason})`,
      };
    }
  }
  return { ok: true, certificates };
}
