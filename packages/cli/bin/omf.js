#!/usr/bin/env node
// The `omf` command: runs the built CLI (npm run build writes ../dist/main.js).
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
