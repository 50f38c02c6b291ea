/**
 * A module resolve hook for `npm start` (registered by scripts/start.ts): a
 * server built into an output folder outside the project (OUT_DIR=/srv/site)
 * imports its packages (astro, sharp, …) by bare name, which Node looks for
 * in node_modules folders above the output; when none has it, it is resolved
 * from the project's own node_modules instead.
 */
const projectPackageJson = new URL('../../package.json', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const bare = !/^(?:\.{0,2}\/|[a-z][a-z0-9+.-]*:)/i.test(specifier);
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !bare) throw error;
    return nextResolve(specifier, { ...context, parentURL: projectPackageJson });
  }
}
