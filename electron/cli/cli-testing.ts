// Test support for the CLI: run `bahi …` in-process and keep what it printed and its exit code.
import { main } from './main';

export async function bahi(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') });
  return { code, out, err };
}
