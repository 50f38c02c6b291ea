import { getCatalogue } from '../../loader/index.ts';
import { makersJson } from '../../lib/outputs/downloads.ts';

export async function GET() {
  return new Response(makersJson(await getCatalogue()), {
    headers: { 'Content-Type': 'application/json' },
  });
}
