/**
 * How far the work on a goal or a measure has come: computed from the numbers (lib/status.ts)
 * or, for a goal, assessed by the communicators (schemas/content.ts), and published in the open
 * data (schemas/open-data.ts). A module of its own, without Astro, so that the rules can be
 * tested and the commands run in plain Node.
 */
export const progressStatuses = ['onTrack', 'atRisk', 'offTrack', 'noData'] as const;
export type ProgressStatus = (typeof progressStatuses)[number];
