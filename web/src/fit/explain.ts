// What a fit result's explanation says beyond the numbers: which weighted criteria were not scored (unknown data),
// so a park scored on fewer criteria says why it can rank above parks that match the sector.
export interface FitPart {
  criterion: string;
  weight: number;
  score: number | null;
  points: number;
}

/** The weighted criteria whose data is unknown: left out of the score, they lower the confidence instead. */
export function unscoredCriteria(parts: FitPart[]): string[] {
  return parts.filter((p) => p.weight > 0 && p.score === null).map((p) => p.criterion);
}
