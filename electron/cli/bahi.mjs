#!/usr/bin/env node
// `npx bahi`: the same ledger code as the app, run by Node with tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
