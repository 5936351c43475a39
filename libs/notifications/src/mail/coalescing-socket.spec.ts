import net, { AddressInfo } from 'node:net';
import { connectCoalescing } from './coalescing-socket';

/** A real TCP server that keeps what each connection sends, whole once the client ends. */
async function listen(): Promise<{ port: number; received: Promise<string>; close: () => Promise<void> }> {
  let deliver: (text: string) => void = () => undefined;
  const received = new Promise<string>((resolve) => (deliver = resolve));
  const server = net.createServer((connection) => {
    const chunks: Buffer[] = [];
    connection.on('data', (chunk: Buffer) => chunks.push(chunk));
    connection.on('end', () => {
      deliver(Buffer.concat(chunks).toString('utf8'));
      connection.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => connectCoalescing('127.0.0.1', port, 5_000, (error, socket) => (socket ? resolve(socket) : reject(error))));
}

describe('connectCoalescing', () => {
  it('holds the writes of one turn back and sends them together, in order, when the turn ends', async () => {
    const server = await listen();
    const socket = await connect(server.port);
    socket.write('MAIL FROM:<a@example.org>\r\n');
    socket.write('RCPT TO:<b@example.org>\r\n');
    expect(socket.writableCorked).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(socket.writableCorked).toBe(0);
    socket.write('DATA\r\n');
    socket.end();
    expect(await server.received).toBe('MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n');
    await server.close();
  });

  it('answers an error when nothing listens', async () => {
    const server = await listen();
    await server.close();
    await expect(connect(server.port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
