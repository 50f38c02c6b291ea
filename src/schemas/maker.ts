/** Schema of `data/makers/<id>.yaml`: an organisation that makes models. */
import * as z from 'zod';
import { displayName, httpUrl, isoDate } from './common.ts';

export const makerSchema = z.strictObject({
  /** Display name, e.g. "Mistral AI". */
  name: displayName(80),
  /** The maker's own home page. */
  homepage: httpUrl,
  /** Date a person last checked this record against its sources (YYYY-MM-DD). */
  reviewed: isoDate.optional(),
});

export type MakerRecord = z.infer<typeof makerSchema>;
export type Maker = MakerRecord & { id: string };
