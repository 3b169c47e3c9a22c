import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UserManifest } from 'wxt';
import config from '../../../wxt.config';
import { ICON_SIZES } from '../../../utils/icons';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG');
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('no IHDR chunk first');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function manifestFor(manifestVersion: 2 | 3): Promise<UserManifest> {
  const m = config.manifest;
  if (typeof m !== 'function') throw new Error('wxt.config manifest is expected to be a function');
  return m({ browser: manifestVersion === 3 ? 'chrome' : 'firefox', manifestVersion, mode: 'production', command: 'build' });
}

describe('extension icons', () => {
  it.each([3, 2] as const)('the MV%i manifest declares an icon and a toolbar icon at 16, 32, 48, 96 and 128 px', async (version) => {
    const manifest = await manifestFor(version);
    const expected = Object.fromEntries([16, 32, 48, 96, 128].map((s) => [String(s), `icon/${s}.png`]));
    expect(manifest.icons).toEqual(expected);
    expect(manifest.action?.default_icon).toEqual(expected);
  });

  it.each(ICON_SIZES)('public/icon/%i.png is a PNG of exactly that many pixels square, with transparent corners', (size) => {
    const bytes = readFileSync(resolve('public/icon', `${size}.png`));
    expect(pngSize(bytes)).toEqual({ width: size, height: size });
    // Colour type 6 = RGBA: the bubble's rounded corners stay transparent on any toolbar colour.
    expect(bytes[25]).toBe(6);
  });
});
