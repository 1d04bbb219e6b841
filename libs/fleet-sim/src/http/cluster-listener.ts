import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type Socket } from 'node:net';
import { type ServingCertificate } from '../tls/serving-certificate';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * One cluster's listening socket. It can stop (closing every open connection, watches included, as an
 * apiserver that goes away does) and listen again on the same port.
 */
export class ClusterListener {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private boundPort = 0;

  constructor(
    private readonly host: string,
    private readonly tls: ServingCertificate | undefined,
    private readonly handler: Handler,
  ) {}

  get port(): number {
    return this.boundPort;
  }

  get listening(): boolean {
    return this.server !== undefined;
  }

  /** Listens on `port` (0: any free port, remembered for later restarts). */
  async listen(port = this.boundPort): Promise<void> {
    if (this.server) return;
    const server = this.tls
      ? createHttpsServer({ key: this.tls.keyPem, cert: this.tls.certPem }, this.handler)
      : createHttpServer(this.handler);
    server.keepAliveTimeout = 30_000;
    const track = (socket: Socket): void => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    };
    server.on(this.tls ? 'secureConnection' : 'connection', track);
    if (this.tls) server.on('connection', track);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, this.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const address = server.address();
    this.boundPort = typeof address === 'object' && address ? address.port : port;
    this.server = server;
  }

  /** Stops listening and cuts every open connection. */
  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    server.closeAllConnections();
    await closed;
  }
}
