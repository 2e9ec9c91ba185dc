import type { BrowserContext, Page } from 'playwright-core';

/**
 * A phone as Lighthouse's mobile profile has it, applied through the DevTools protocol: 150 ms
 * round trip, 1.6 Mbps down, 750 kbps up (in bytes a second), CPU 4x slower.
 */
export async function emulatePhone(context: BrowserContext, page: Page): Promise<void> {
  const devtools = await context.newCDPSession(page);
  await devtools.send('Network.enable');
  await devtools.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 1638 * 128,
    uploadThroughput: 750 * 128,
  });
  await devtools.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** The browser context of a phone: its screen, touch, and a mobile user agent's layout. */
export const phoneContext = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
