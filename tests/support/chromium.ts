/** How every browser test launches Debian's Chromium: headless flags that keep it off the network and the GPU. */
import type { LaunchOptions } from 'playwright';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM: LaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: CHROMIUM_FLAGS,
};
