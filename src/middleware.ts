/**
 * A request whose rendering throws gets the plain 500 page (src/pages/500.astro)
 * and one log line naming the request and the error, never a stack trace in
 * the response, and is never kept by a shared cache.
 */
import { defineMiddleware } from 'astro:middleware';

export const onRequest = defineMiddleware(async (context, next) => {
  try {
    return await next();
  } catch (error) {
    // A page that fails while the build prerenders it must fail the build, not become a 500 page.
    if (context.isPrerendered) throw error;
    context.cache.set(false);
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      `500 ${context.request.method} ${context.url.pathname}: ${message.replace(/\s+/g, ' ').slice(0, 300)}`,
    );
    return new Response(null, { status: 500 });
  }
});
