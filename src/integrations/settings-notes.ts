import type { AstroIntegration } from 'astro';
import type { Settings } from '../lib/settings.ts';

/**
 * Tells whoever runs the build, once, what the settings leave out and what that means for the
 * pages (no canonical address, no edit links): the site still builds, and says nothing untrue.
 */
export function settingsNotes(settings: Settings): AstroIntegration {
  return {
    name: 'malbild:settings-notes',
    hooks: {
      'astro:build:start': ({ logger }) => {
        for (const note of settings.notes) logger.warn(note);
        if (settings.repository) logger.info(`Edit links lead to ${settings.repository.url} (from ${settings.repository.from}).`);
      },
    },
  };
}
