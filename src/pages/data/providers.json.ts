import { getCatalogue } from '../../loader/index.ts';
import { providersJson } from '../../lib/outputs/downloads.ts';

export async function GET() {
  return new Response(providersJson(await getCatalogue()), {
    headers: { 'Content-Type': 'application/json' },
  });
}
