/**
 * `npm run quality:lighthouse -- <site dir>`: Lighthouse on one page of each
 * type of an already built site (for example dist/ after `npm run build`),
 * printing every page's scores; exit 1 when one falls short. `npm test` runs
 * the same check on the seed fixture (lighthouse.test.ts).
 */
import path from 'node:path';
import { startLighthouse, shortfalls } from './lighthouse-run.ts';
import { serve } from './serve.ts';
import { isNoindex, onePerType, pageType, readPages } from './site.ts';

const site = path.resolve(process.argv[2] ?? 'dist');
const server = await serve(site);
const lighthouse = await startLighthouse();
let failed = 0;
try {
  for (const page of onePerType(readPages(site)).filter(
    (p) => !pageType(p).endsWith('/redirect'),
  )) {
    const result = await lighthouse.run(server.origin + page.url);
    const short = shortfalls(result.scores, isNoindex(page));
    console.log(
      `${short.length ? 'FAIL' : 'ok  '} ${pageType(page).padEnd(18)} ${page.url.padEnd(56)} ${Object.entries(
        result.scores,
      )
        .map(([id, s]) => `${id} ${s}`)
        .join(', ')}`,
    );
    if (short.length) {
      failed++;
      for (const line of result.failing) console.log(`       ${line}`);
    }
  }
} finally {
  await lighthouse.close();
  await server.close();
}
if (failed > 0) {
  console.error(`\n${failed} page type${failed === 1 ? '' : 's'} below the minimum scores`);
  process.exit(1);
}
