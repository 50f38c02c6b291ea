/// <reference types="astro/client" />

/** The catalogue the build validated, as JSON text (src/loader/shipped-catalogue.ts), in the server bundle. */
declare module 'virtual:llm-compare/catalogue' {
  const text: string;
  export default text;
}
