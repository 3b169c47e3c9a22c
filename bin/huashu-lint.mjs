#!/usr/bin/env node
// Command-line tone and pack lint: `npx huashu-lint FILE...` (see utils/lint/cli.ts).
import { readFile } from 'node:fs/promises';
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../utils/lint/cli.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2), {
  readFile: (path) => readFile(path),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
