// A small load balancer for tests of several server processes: forwards each request to the next of its upstreams in
// turn, as nginx's round-robin upstream does, with the headers nginx sets (deploy/nginx.conf): X-Forwarded-For with
// the client's address appended, X-Forwarded-Proto. Each answer says which upstream served it (X-Upstream: 0, 1, …).
import { Agent, createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobinProxy {
  url: string;
  /** Upstream index of every request forwarded so far, in order. */
  served: number[];
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);

function forwardable(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
}

/** Listens on 127.0.0.1 (any port) in front of `upstreams` (base URLs such as http://127.0.0.1:4001). */
export async function roundRobinProxy(upstreams: string[]): Promise<RoundRobinProxy> {
  if (!upstreams.length) throw new Error('a proxy needs at least one upstream');
  const targets = upstreams.map((u) => new URL(u));
  // Keep-alive connections to the upstreams, as nginx's `keepalive` does.
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const served: number[] = [];
  let next = 0;
  const server = createServer((req, res) => {
    const index = next;
    next = (next + 1) % targets.length;
    served.push(index);
    const target = targets[index];
    const client = req.socket.remoteAddress ?? '';
    const before = req.headers['x-forwarded-for'];
    const upstream = request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: {
          ...forwardable(req.headers),
          'x-forwarded-for': before ? `${String(before)}, ${client}` : client,
          'x-forwarded-proto': 'http',
        },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...forwardable(answer.headers), 'x-upstream': String(index) });
        answer.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      if (res.headersSent) return res.destroy(err);
      res.writeHead(502, { 'content-type': 'text/plain', 'x-upstream': String(index) }).end(`upstream ${index} failed: ${err.message}`);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
