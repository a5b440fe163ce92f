import { createReference } from 'astro/content/runtime';

/** astro:content's `reference`, made the way Astro's virtual module makes it. */
export const reference = createReference();
