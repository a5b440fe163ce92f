/** Edit distance between two strings (insertions, deletions and substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidates closest to a misspelt value, best first: what a "did you mean" suggests. A
 * candidate that contains the value (or the reverse) counts as close, since ids are often
 * typed shortened.
 */
export function closest(value: string, candidates: readonly string[], limit = 3): string[] {
  const scored = candidates.map((candidate) => {
    const distance = editDistance(value, candidate);
    const contains = candidate.includes(value) || value.includes(candidate);
    return { candidate, score: contains ? Math.min(distance, 2) : distance };
  });
  const threshold = Math.max(3, Math.floor(value.length / 2));
  return scored
    .filter((s) => s.score <= threshold)
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((s) => s.candidate);
}

/**
 * The end of a message that helps with a misspelt value: "Did you mean …" with the nearest
 * candidates; when none is near but there are few, all of them; otherwise nothing.
 */
export function didYouMean(value: string, candidates: readonly string[]): string {
  const quote = (text: string) => `"${text}"`;
  const near = closest(value, candidates);
  if (near.length > 0) return ` Did you mean ${near.map(quote).join(' or ')}?`;
  if (candidates.length > 0 && candidates.length <= 8) return ` Possible values: ${candidates.map(quote).join(', ')}.`;
  return '';
}
