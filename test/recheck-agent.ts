import { createInterface } from 'node:readline';
import { check } from 'recheck';

/**
 * A checker for the ReDoS test where recheck has no native checker for the platform: it speaks the
 * native checker's agent protocol (one JSON request a line on stdin, one JSON answer a line on
 * stdout) and checks with recheck's own client, which uses its Java or JavaScript backend.
 */
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (!line.trim()) return;
  const { id, method, params } = JSON.parse(line) as { id: number; method: string; params: { source: string; flags: string; params: object } };
  const answer = (result: unknown): void => void process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0+push', id, result })}\n`);
  if (method === 'ping') answer({});
  else if (method === 'check') void check(params.source, params.flags, params.params).then(answer);
});
lines.on('close', () => process.exit(0));
