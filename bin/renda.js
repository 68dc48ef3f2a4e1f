#!/usr/bin/env node
// The `renda` command: a thin shell around the compiled generator in build/.
import { existsSync } from 'node:fs';

const cli = new URL('../build/cli/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('renda: the generator is not built yet. Run "npm install" (or "npm run build") in renda-kit first.');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
