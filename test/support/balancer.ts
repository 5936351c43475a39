import net from 'node:net';

export interface Balancer {
  url: string;
  /** Where new connections go: an instance's port, or null to refuse them (no instance healthy yet). */
  sendTo: (port: number | null) => void;
  close: () => Promise<void>;
}

/**
 * A TCP load balancer in front of the API instances, as in a scaled-out deployment: a client
 * keeps one address while the instance behind it changes. A connection ends when its instance's
 * end does (a crash resets it).
 */
export async function startBalancer(): Promise<Balancer> {
  let target: number | null = null;
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    open.add(client);
    client.once('close', () => open.delete(client));
    if (target === null) return void client.destroy();
    const upstream = net.connect(target, '127.0.0.1');
    open.add(upstream);
    upstream.once('close', () => open.delete(upstream));
    client.pipe(upstream).pipe(client);
    const cut = () => (client.destroy(), upstream.destroy());
    client.once('error', cut).once('close', cut);
    upstream.once('error', cut).once('close', cut);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sendTo: (port) => {
      target = port;
    },
    close: () =>
      new Promise<void>((resolve) => {
        open.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}
