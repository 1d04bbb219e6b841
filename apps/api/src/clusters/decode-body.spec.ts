import { byteLines, decodeBody } from './decode-body';

async function* chunks(...parts: Buffer[]): AsyncIterable<Buffer> {
  for (const part of parts) yield part;
}

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

describe('decodeBody', () => {
  it('reads ASCII JSON as it is', () => {
    const text = JSON.stringify({ kind: 'PodList', items: [{ metadata: { name: 'a-1' } }] });
    expect(decodeBody(Buffer.from(text))).toBe(text);
  });

  it('decodes UTF-8 beyond ASCII (a label value, an annotation in another script)', () => {
    const text = JSON.stringify({
      metadata: { annotations: { owner: 'Zoë Ångström', team: '网络' } },
    });
    expect(decodeBody(Buffer.from(text, 'utf8'))).toBe(text);
    expect(JSON.parse(decodeBody(Buffer.from(text, 'utf8'))).metadata.annotations.team).toBe(
      '网络',
    );
  });
});

describe('byteLines', () => {
  it('yields each non-empty line, also the last one without a newline', async () => {
    const lines = await collect(
      byteLines(chunks(Buffer.from('{"a":1}\n\n{"b"'), Buffer.from(':2}\n{"c":3}'))),
    );
    expect(lines).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  });

  it('keeps a multi-byte character whole when a chunk boundary cuts through it', async () => {
    const bytes = Buffer.from('{"name":"Zoë"}\n{"team":"网络"}\n', 'utf8');
    // Cut inside "ë" (2 bytes) and inside "网" (3 bytes).
    const e = bytes.indexOf(Buffer.from('ë')) + 1;
    const wang = bytes.indexOf(Buffer.from('网')) + 2;
    const lines = await collect(
      byteLines(chunks(bytes.subarray(0, e), bytes.subarray(e, wang), bytes.subarray(wang))),
    );
    expect(lines).toEqual(['{"name":"Zoë"}', '{"team":"网络"}']);
  });

  it('joins a line spread over many chunks', async () => {
    const line = JSON.stringify({ items: 'x'.repeat(1000) });
    const bytes = Buffer.from(`${line}\n`);
    const parts = Array.from({ length: 11 }, (_, i) => bytes.subarray(i * 100, (i + 1) * 100));
    expect(await collect(byteLines(chunks(...parts)))).toEqual([line]);
  });
});
