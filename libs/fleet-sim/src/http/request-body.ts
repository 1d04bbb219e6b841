import { type IncomingMessage } from 'node:http';
import { parse as parseYaml } from 'yaml';
import { apiErrors } from '../api/api-errors';

const LIMIT = 3 * 1024 * 1024;

/** Reads the whole body (3 MiB at most, as upstream's limit). */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > LIMIT) throw apiErrors.tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** JSON, or YAML for apply patches; a body that does not parse is 400 BadRequest. */
export function parseBody(text: string, yaml: boolean): unknown {
  try {
    return yaml ? (parseYaml(text) as unknown) : (JSON.parse(text) as unknown);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw apiErrors.badRequest(`error decoding ${yaml ? 'YAML' : 'JSON'}: ${why}`);
  }
}

/** The media type without parameters, lower case. */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}
