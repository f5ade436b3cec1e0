"""Graded relevance measures over a ranked list of page ids: nDCG@k with gain
2^grade - 1 (an answer, grade 2, is worth three relevant pages), recall@k and the
reciprocal rank of the first relevant page (grade >= 1)."""

import math
import statistics
from collections.abc import Iterable, Mapping

K = 10
MEASURES = ("nDCG@10", "recall@10", "MRR")


def scores(ranked: list[int], grades: Mapping[int, int], k: int = K) -> dict:
    """``grades``: page id → 1 or 2. Also ``answer_rank`` (first grade-2 page, or
    None) and ``relevant_in_top`` (a judged page in the top k)."""
    top = ranked[:k]
    dcg = sum(_gain(grades.get(pk, 0)) / math.log2(i + 2) for i, pk in enumerate(top))
    ideal_grades = sorted(grades.values(), reverse=True)[:k]
    ideal = sum(_gain(g) / math.log2(i + 2) for i, g in enumerate(ideal_grades))
    relevant = {pk for pk, grade in grades.items() if grade >= 1}
    first = _first(ranked, relevant)
    return {
        "nDCG@10": dcg / ideal if ideal else 0.0,
        "recall@10": len(relevant & set(top)) / len(relevant) if relevant else 0.0,
        "MRR": 1 / first if first else 0.0,
        "answer_rank": _first(ranked, {pk for pk, g in grades.items() if g == 2}),
        "relevant_in_top": bool(relevant & set(top)),
    }


def means(rows: Iterable[Mapping]) -> dict[str, float]:
    rows = list(rows)
    return {m: statistics.mean(r[m] for r in rows) if rows else 0.0 for m in MEASURES}


def _gain(grade: int) -> float:
    return 2**grade - 1


def _first(ranked: list[int], wanted: set[int]) -> int | None:
    return next((i for i, pk in enumerate(ranked, 1) if pk in wanted), None)
