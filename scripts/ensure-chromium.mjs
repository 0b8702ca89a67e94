#!/usr/bin/env node
// Browser tests must never be skipped silently: find Chromium, install Debian's if we can, or stop and say what to do.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** @param {string} cmd */
function has(cmd) {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (existsSync(wanted)) process.exit(0);

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${wanted}, but there is no file there. Point it at a Chromium binary.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && has('apt-get')) {
  console.log('No Chromium at /usr/bin/chromium: installing Debian\'s "chromium" package…');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error('Installing Chromium with apt-get failed; see the output above.');
    process.exit(1);
  }
  if (existsSync(wanted)) process.exit(0);
}

console.error(
  [
    'The browser tests need Chromium and none was found at /usr/bin/chromium.',
    'Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  ].join('\n'),
);
process.exit(1);
