import { once } from 'node:events';
import { createConnection, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { TcpProxy } from './helpers/tcp-proxy';

// The proxy the Neo4j fault test (neo4j-faults.test.ts) cuts and restores, checked here against a
// plain echo server, since that test runs only where Neo4j is.

async function echoServer(): Promise<Server> {
  const server = createServer((s) => s.pipe(s));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

function connect(port: number): Promise<Socket> {
  const s = createConnection({ host: '127.0.0.1', port });
  return new Promise((resolve, reject) => {
    s.once('connect', () => resolve(s));
    s.once('error', reject);
  });
}

/** Sends text and waits for as many bytes back, or for the socket to close (then null). */
function roundTrip(s: Socket, text: string): Promise<string | null> {
  return new Promise((resolve) => {
    let got = '';
    const onData = (d: Buffer): void => {
      got += d.toString('utf8');
      if (got.length >= text.length) {
        s.off('close', onClose);
        s.off('data', onData);
        resolve(got);
      }
    };
    const onClose = (): void => resolve(null);
    s.on('data', onData);
    s.once('close', onClose);
    s.on('error', () => undefined);
    s.write(text);
  });
}

const closed = (s: Socket): Promise<void> => (s.destroyed ? Promise.resolve() : new Promise((r) => s.once('close', () => r())));

test('the proxy forwards, drops open connections and refuses new ones when cut, and forwards again when restored', async () => {
  const echo = await echoServer();
  const proxy = await TcpProxy.start('127.0.0.1', (echo.address() as AddressInfo).port);
  try {
    const first = await connect(proxy.port);
    expect(await roundTrip(first, 'hello through the proxy')).toBe('hello through the proxy');
    expect(proxy.openSockets).toBe(2);

    proxy.cut();
    await closed(first);
    expect(first.destroyed).toBe(true);
    const refused = await connect(proxy.port);
    expect(await roundTrip(refused, 'anyone there?')).toBeNull();
    expect(proxy.forwarded).toBe(1);

    proxy.restore();
    const second = await connect(proxy.port);
    expect(await roundTrip(second, 'back again')).toBe('back again');
    expect(proxy.forwarded).toBe(2);
    second.destroy();
  } finally {
    await proxy.close();
    echo.close();
  }
});
