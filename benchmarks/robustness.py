"""`make robustness` (`python -m benchmarks.robustness`): dev questions asked again the ways staff type them.

Every answerable dev question with figures that is answered right as written is asked again, changed as people
change it in a chat: Chinese in traditional characters, with fillers ("那个…来着"), ending in 啊, and with one
character of its longest word mistyped by sound (the most common character of the same reading); English all in
lower case without a question mark, and with one letter of its longest word left out. A variant counts as right
when it is answered with every figure of the original. The changes are mechanical and the same every run, so the
figures compare between trees; no variant is tuned on, and none is a question of the test split.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from benchmarks.quality import ROOT, SETS, find_report, services_for
from bot.evaluation import QACase, load_cases
from bot.language.lexicon import readings, traditional_to_simplified
from bot.logs import configure_logging

_CJK = re.compile(r"[\u4e00-\u9fff]{2,}")


@lru_cache(maxsize=1)
def _to_traditional() -> dict[str, str]:
    out: dict[str, str] = {}
    for traditional, simplified in traditional_to_simplified().items():
        if traditional != simplified:
            out.setdefault(simplified, traditional)
    return out


@lru_cache(maxsize=1)
def _homophones() -> dict[str, str]:
    """Each character with one reading, and the most common other character of that reading (jieba's counts)."""
    import jieba

    counts: Counter[str] = Counter()
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as words:
        for line in words:
            word, count, *_ = line.split()
            for ch in word:
                counts[ch] += int(count)
    by_reading: dict[str, list[str]] = defaultdict(list)
    for ch in counts:
        if len(said := readings(ch)) == 1:
            by_reading[said[0]].append(ch)
    out = {}
    for group in by_reading.values():
        ranked = sorted(group, key=lambda c: -counts[c])
        for ch in group:
            other = next((c for c in ranked if c != ch), None)
            if other is not None and counts[other] >= 100_000:
                out[ch] = other
    return out


def _typo(question: str) -> str | None:
    """One character of the question's longest Chinese word swapped for a common one of the same sound."""
    import jieba

    body = question.rstrip("？?")
    words = sorted((w for w in jieba.lcut(body) if _CJK.fullmatch(w)), key=len, reverse=True)
    for word in words:
        for i, ch in enumerate(word):
            if other := _homophones().get(ch):
                return body.replace(word, word[:i] + other + word[i + 1 :], 1) + "？"
    return None


def _dropped_letter(question: str) -> str | None:
    """The question with one letter of its longest word (seven letters or more) left out."""
    words = sorted(re.findall(r"[A-Za-z]{7,}", question), key=len, reverse=True)
    return question.replace(words[0], words[0][:3] + words[0][4:], 1) if words else None


VARIANTS: dict[str, dict[str, Callable[[str], str | None]]] = {
    "zh": {
        "traditional": lambda q: "".join(_to_traditional().get(c, c) for c in q),
        "fillers": lambda q: "那个" + q.rstrip("？?") + "来着？",
        "ending 啊": lambda q: q.rstrip("？?") + "啊",
        "typo by sound": _typo,
    },
    "en": {
        "lower case": lambda q: q.lower().rstrip("?").strip(),
        "letter left out": _dropped_letter,
    },
}


def _right(answer_found: bool, text: str, case: QACase) -> bool:
    return answer_found and all(figure in text for figure in case.figures)


def run(sets: list[Path], data: Path, show: bool) -> Counter[tuple[str, str]]:
    """Each variant's (asked, right) counts, per language; the failures printed when `show`."""
    by_report: dict[str, list[QACase]] = defaultdict(list)
    for path in sets:
        for case in load_cases(path):
            if case.split == "dev" and case.answerable and case.figures and not case.history and case.lang in VARIANTS:
                by_report[case.report or path.stem].append(case)
    tally: Counter[tuple[str, str]] = Counter()
    for stem, cases in sorted(by_report.items()):
        answering = services_for([find_report(stem)], data / stem).answering
        for case in cases:
            original = answering.ask(case.question)
            if not _right(original.found, original.answer, case):
                continue
            for name, change in VARIANTS[case.lang].items():
                asked = change(case.question)
                if asked is None or asked == case.question:
                    continue
                answer = answering.ask(asked)
                right = _right(answer.found, answer.answer, case)
                tally[(name, "asked")] += 1
                tally[(name, "right")] += right
                if show and not right:
                    got = "refused" if not answer.found else answer.answer.splitlines()[-1][:60]
                    print(f"- [{name} {stem}] {asked} | expected {case.figures} | got {got}")
    return tally


def main(argv: list[str] | None = None) -> int:
    """Run the variants and print each one's share answered right."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.robustness", description=__doc__)
    parser.add_argument("sets", nargs="*", type=Path, help="question sets (default: every set in tests/data/sets)")
    parser.add_argument("--failures", action="store_true", help="list the variants answered wrong")
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "quality", help="where indexes are kept")
    args = parser.parse_args(argv)
    configure_logging("WARNING")
    tally = run(args.sets or sorted(SETS.glob("*.jsonl")), args.data, args.failures)
    print(f"{'variant':<18}{'asked':>8}{'right':>8}{'share':>8}")
    for variants in VARIANTS.values():
        for name in variants:
            asked, right = tally[(name, "asked")], tally[(name, "right")]
            share = f"{right / asked:.3f}" if asked else "nan"
            print(f"{name:<18}{asked:>8}{right:>8}{share:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
