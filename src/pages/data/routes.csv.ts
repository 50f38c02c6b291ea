import { getCatalogue } from '../../loader/index.ts';
import { routesCsv } from '../../lib/outputs/downloads.ts';

export async function GET() {
  return new Response(routesCsv(await getCatalogue()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
