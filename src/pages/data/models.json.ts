import { getCatalogue } from '../../loader/index.ts';
import { modelsJson } from '../../lib/downloads.ts';

export async function GET() {
  return new Response(modelsJson(await getCatalogue()), { headers: { 'Content-Type': 'application/json' } });
}
