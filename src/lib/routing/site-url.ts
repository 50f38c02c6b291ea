/** The site's public origin: `SITE_URL`, or the placeholder domain of this project. Read by the Astro config and the build. */
export const siteUrl = (): string => process.env.SITE_URL || 'https://llm-compare.example';
