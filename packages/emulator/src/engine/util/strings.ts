/** Levenshtein distance over code points. */
export function levenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length]!;
}

/** Length of the longest common substring. */
export function lcsLength(a: string, b: string): number {
  let best = 0;
  const lengths = new Array<number>(a.length * b.length).fill(0);
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      if (a[i] !== b[j]) continue;
      const cur = i && j ? lengths[(i - 1) * b.length + j - 1]! + 1 : 1;
      lengths[i * b.length + j] = cur;
      if (cur > best) best = cur;
    }
  }
  return best;
}
