/** "Did you mean" hints: the closest known name by edit distance. */

/** The candidate closest to `found` (case-insensitively), if it is close enough to be a likely typo. */
export function closest(found: string, candidates: readonly string[]): string | undefined {
  const needle = found.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // one edit per three characters, at least one: `filter`→filters, `sigmiod`→sigmoid, not `x`→relu
  const allowed = Math.max(1, Math.floor(needle.length / 3));
  if (bestDistance <= allowed) return best;
  // a prefix is a likely abbreviation: `he` → he_uniform
  return needle.length >= 2 ? candidates.find((c) => c.toLowerCase().startsWith(needle)) : undefined;
}

/** A hint naming the closest candidate, or undefined. */
export function didYouMean(found: string, candidates: readonly string[]): string | undefined {
  const match = closest(found, candidates);
  return match === undefined ? undefined : `did you mean \`${match}\`?`;
}

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions (`sigmiod`). */
function distance(a: string, b: string): number {
  // names are short; long inputs are not typos of them, and this stays cheap for hostile input
  if (Math.abs(a.length - b.length) > 3 || a.length > 64) return Infinity;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(d);
    }
  }
  return rows[a.length]![b.length]!;
}
