#!/usr/bin/env node
// `npm run preview`, and so `npm start`: serves dist/ on 127.0.0.1, on port 4173 or the one in PORT
// (`PORT=5000 npm start`). A port already in use is an error, not a reason to pick another one.
import { preview } from 'vite';

const given = process.env.PORT?.trim() || '4173';
const port = Number(given);
if (!/^\d+$/.test(given) || port < 1 || port > 65535) {
  console.error(`PORT must be a port number from 1 to 65535, not "${given}".`);
  process.exit(1);
}

try {
  const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true } });
  server.printUrls();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
