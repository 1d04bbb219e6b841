import { createServer, type Server } from 'node:net';

function listenOnAnyPort(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0, exclusive: true }, () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('free-port: the listener has no TCP address'));
        return;
      }
      resolve({ server, port: address.port });
    });
  });
}

/**
 * `count` distinct TCP ports on 127.0.0.1 that nothing listens on right now, picked by the kernel.
 * All are held open while picking, so none is handed out twice; they are released before this returns,
 * and a server started right after gets its port unless another process races for it.
 */
export async function findFreePorts(count: number): Promise<number[]> {
  const held: Array<{ server: Server; port: number }> = [];
  try {
    for (let i = 0; i < count; i += 1) held.push(await listenOnAnyPort());
    return held.map((h) => h.port);
  } finally {
    await Promise.all(
      held.map((h) => new Promise<void>((resolve) => h.server.close(() => resolve()))),
    );
  }
}
