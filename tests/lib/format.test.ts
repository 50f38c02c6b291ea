import { describe, expect, it } from 'vitest';
import {
  formatBillions,
  formatCacheLifetime,
  formatList,
  formatPricePerMillion,
  formatTokens,
  formatTokenVolume,
  formatUsd,
  formatUtcWindows,
} from '../../src/lib/format/format.ts';

describe('formatters', () => {
  it('formats token counts in decimal or binary units as makers mean them', () => {
    expect(formatTokens(256_000)).toBe('256K');
    expect(formatTokens(262_144)).toBe('256K');
    expect(formatTokens(1_048_576)).toBe('1M');
    expect(formatTokens(1_000_000)).toBe('1M');
    expect(formatTokens(131_072)).toBe('128K');
    expect(formatTokens(200_000)).toBe('200K');
    expect(formatTokens(32_768)).toBe('32K');
    expect(formatTokens(2_000_000)).toBe('2M');
    expect(formatTokens(1_050_000)).toBe('1.05M');
    expect(formatTokens(512)).toBe('512');
  });

  it('formats dollars with cents, thousands and sub-cent prices', () => {
    expect(formatUsd(270)).toBe('$270');
    expect(formatUsd(0)).toBe('$0');
    expect(formatUsd(0.6)).toBe('$0.60');
    expect(formatUsd(0.015)).toBe('$0.015');
    expect(formatUsd(0.0036)).toBe('$0.0036');
    expect(formatUsd(1234.5)).toBe('$1,235');
    expect(formatUsd(12.5)).toBe('$12.50');
    expect(formatPricePerMillion(0.6)).toBe('$0.60/1M tokens');
  });

  it('formats off-peak windows in UTC and cache lifetimes', () => {
    expect(formatUtcWindows(['16:30-00:30'])).toBe('16:30–00:30 UTC');
    expect(formatUtcWindows(['10:00-01:00', '04:00-06:00'], true)).toBe(
      '10:00–01:00 and 04:00–06:00 UTC, and all day at weekends',
    );
    expect(formatCacheLifetime('5m')).toBe('5-minute');
    expect(formatCacheLifetime('1h')).toBe('1-hour');
    expect(formatCacheLifetime('24h')).toBe('24-hour');
  });

  it('formats parameters, traffic volumes and lists', () => {
    expect(formatBillions(119)).toBe('119B');
    expect(formatBillions(6.5)).toBe('6.5B');
    expect(formatBillions(1000)).toBe('1T');
    expect(formatBillions(1500)).toBe('1.5T');
    expect(formatTokenVolume(1_000_000_000)).toBe('1,000M');
    expect(formatList(['a'])).toBe('a');
    expect(formatList(['a', 'b'])).toBe('a and b');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b, and c');
  });
});
