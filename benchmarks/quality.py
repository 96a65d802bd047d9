"""`make quality` (`python -m benchmarks.quality`): every report's question set, scored per split and kind.

Each report is indexed alone (or, with --together, all of them in one index). The reports are the
project's own `knowledge/` and the real reports in `../shared/corpus/`; each set names its report by file
stem. Indexes are kept under data/quality, so a second run embeds only what changed.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from bot.app import Services, build_services
from bot.config import Settings
from bot.evaluation import QACase, Report, failures_text, format_groups, load_cases, run_eval
from bot.logs import configure_logging

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "tests" / "data" / "sets"
PLACES = (ROOT / "knowledge", ROOT.parent / "shared" / "corpus")


def find_report(stem: str) -> Path:
    """The report file a question set is about."""
    for folder in PLACES:
        for path in sorted(folder.glob(f"{stem}.*")):
            return path
    raise FileNotFoundError(f"no report {stem} in {', '.join(str(p) for p in PLACES)}")


def services_for(reports: list[Path], data: Path) -> Services:
    """Services over a knowledge folder holding exactly these reports (index kept in `data`)."""
    knowledge = data / "knowledge"
    if knowledge.exists():
        shutil.rmtree(knowledge)
    knowledge.mkdir(parents=True)
    for report in reports:
        shutil.copy(report, knowledge / report.name)
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, knowledge_dir=knowledge, data_dir=data / "data", prompts_dir=ROOT / "prompts",
        telegram_bot_token=None, llm_model=None, chroma_url=None,
    )
    services = build_services(settings)
    services.ingest()
    return services


def run(sets: list[Path], data: Path, together: bool, split: str | None) -> Report:
    """Every set's questions answered, each report alone (or all reports in one index)."""
    cases_by_report: dict[str, list[QACase]] = {}
    for path in sets:
        for case in load_cases(path):
            if split is None or case.split == split:
                cases_by_report.setdefault(case.report or path.stem, []).append(case)
    total = Report()
    if together:
        services = services_for([find_report(stem) for stem in cases_by_report], data / "together")
        for cases in cases_by_report.values():
            total.results.extend(run_eval(services.answering, cases).results)
        return total
    for stem, cases in cases_by_report.items():
        services = services_for([find_report(stem)], data / stem)
        total.results.extend(run_eval(services.answering, cases).results)
    return total


def main(argv: list[str] | None = None) -> int:
    """Run the sets and print the tables."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quality", description=__doc__)
    parser.add_argument("sets", nargs="*", type=Path, help="question sets (default: every set in tests/data/sets)")
    parser.add_argument("--together", action="store_true", help="index all reports at once")
    parser.add_argument("--split", choices=("dev", "test"), help="only this split")
    parser.add_argument("--failures", action="store_true", help="list the failed cases")
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "quality", help="where indexes are kept")
    args = parser.parse_args(argv)
    configure_logging("WARNING")
    report = run(args.sets or sorted(SETS.glob("*.jsonl")), args.data, args.together, args.split)
    print(format_groups(report, "split"))
    print()
    print(format_groups(report, "report"))
    print()
    print(format_groups(report, "kind"))
    print()
    print(format_groups(report, "lang"))
    if args.failures:
        print()
        print(failures_text(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
