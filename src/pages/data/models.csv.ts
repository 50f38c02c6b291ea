import { getCatalogue } from '../../loader/index.ts';
import { modelsCsv } from '../../lib/outputs/downloads.ts';

export async function GET() {
  return new Response(modelsCsv(await getCatalogue()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
