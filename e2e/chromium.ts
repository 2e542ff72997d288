// Debian's Chromium, never a downloaded one. The background-networking flags keep it from flooding a
// closed network with connections that are refused.
export const chromiumPath = () => process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const chromiumLaunchOptions = () => ({ executablePath: chromiumPath(), args: chromiumArgs });
