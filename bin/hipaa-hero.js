#!/usr/bin/env node
import module from 'node:module';

// Node 22.1 and later keep the compiled code of the modules below in Node's own compile cache (a
// folder under the system's temporary folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so the
// next start skips compiling them. Node 20 has no such cache: this is then a no-op.
module.enableCompileCache?.();
const { main } = await import('../dist/cli.js');

await main(process.argv);
