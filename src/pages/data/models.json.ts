import { getCatalogue } from '../../loader/index.ts';
import { modelsJson } from '../../lib/outputs/downloads.ts';

export async function GET() {
  return new Response(modelsJson(await getCatalogue()), {
    headers: { 'Content-Type': 'application/json' },
  });
}
