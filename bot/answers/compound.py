"""A message that asks several questions ("去年A是多少？今年B的目标又是多少？"): each answered on its own.

Each question of the message may be about another year, section or measure; answered together, the figures of
one would be looked for where the other's stand. So each is answered as its own turn of the conversation (a
later one may follow on from the one before it), and the answers are given in order, each under a mark.
"""

from __future__ import annotations

import re

from bot.answers.conversation import YEAR_WORDS
from bot.answers.guard import unsupported_figures
from bot.answers.questions import analyze
from bot.domain import Answer

_QUESTION_END = re.compile(r"(?<=[？?])")
# Where a question's clauses part: "，" and "；"; in English, before a "how"/"what" clause ("…, and how many…").
_ZH_CLAUSE = re.compile(r"(?<=[，,；;])")
_EN_CLAUSE = re.compile(
    r"(?=,\s*(?:and\s+)?(?:how|what|which|where|when|by how)\b|\s+and\s+(?:how|what|which)\b)", re.IGNORECASE
)
# A request that goes with the question before it ("…? List the main pieces of work.", "…？具体说说").
_REQUEST = re.compile(
    r"\s*(?:please\s+)?(?:list|name|give|tell|show|explain|summari[sz]e|describe|include)\b|\s*(?:请|麻烦)?(?:列出|列一下|说说|讲讲|具体|详细)",
    re.IGNORECASE,
)
_COMPARED = re.compile(r"(?:比|较|跟|和|与|同|从|由|自)$")
# The present ("有多少家…现在", "how many … now"): a report's latest results, which a clause asking this year's
# target turns away from ("How many high-tech firms are there now, and how many by the end of this year?").
_AHEAD = re.compile(r"今年|明年|本年度|下一年|(?:this|next) year", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:now|currently|at present|so far|to date)\b|目前|现在|现有|至今|当前", re.IGNORECASE)
# Marks for the answers, which no figure check reads as a number ("1." would be one).
MARKS = "①②③④⑤⑥⑦⑧⑨⑩"
_ZH_NOT_COVERED = "报告中没有涉及这个问题。"
_EN_NOT_COVERED = "The report does not cover this question."


def several_questions(message: str) -> list[str]:
    """The questions a message asks, each as it will be asked on its own; [] when it asks one (or too many).

    A piece that asks nothing ("就长港、段店那些", "别搞混了") stays with the question before it, or with the
    one after it when it comes first. A clause that turns to another year ("去年完成多少，今年计划多少", "last
    year, and how many this year") is a question of its own. A question that names no year asks about the year
    the one before it named.
    """
    pieces = [c for p in _QUESTION_END.split(message.strip()) if p.strip() for c in _by_year(p)]
    if len(pieces) < 2:
        return []
    asking = [_asks(piece) and not _REQUEST.match(piece) for piece in pieces]
    if sum(asking) < 2 or sum(asking) > len(MARKS):
        return []
    questions: list[str] = []
    pending = ""  # pieces before the first question
    for piece, asks in zip(pieces, asking, strict=True):
        if asks:
            questions.append(pending + piece)
            pending = ""
        elif questions:
            questions[-1] += piece
        else:
            pending += piece
    year = ""
    for n, question in enumerate(questions):
        named = _year_asked(question)
        if named is not None:
            year = named
        elif year:
            question = question.strip()
            english = re.match(r"[A-Za-z]", question) is not None
            said = f"in {year}" if english and year[:1].isdigit() else year  # "In 2018, …? And how many …?"
            questions[n] = re.sub(r"[?？]?$", f" {said}?", question, count=1) if english else year + question
    return [q.strip() for q in questions]


def _year_asked(question: str) -> str | None:
    """The year word a question asks about; "" for one it compares with ("跟2010年比"); None if it names none."""
    named = YEAR_WORDS.search(question)
    if named is None:
        return None
    return "" if _COMPARED.search(question[: named.start()]) else named.group(0)


def _by_year(question: str) -> list[str]:
    """A question cut where a clause asking something turns to another year than the clauses before it."""
    english = re.match(r"\s*[A-Za-z]", question) is not None
    clauses = [c for c in (_EN_CLAUSE if english else _ZH_CLAUSE).split(question) if c.strip()]
    if len(clauses) < 2:
        return [question]
    cut: list[str] = [clauses[0]]
    year = _when_asked(clauses[0])
    for clause in clauses[1:]:
        named = _when_asked(clause, year)
        if named and year and named != year and _asks(cut[-1]) and _asks(clause):
            cut[-1] = _ended(cut[-1], english)
            cut.append(clause.strip(" ,，;；"))
        else:
            cut[-1] += clause
        year = named or year
    return cut


def _when_asked(clause: str, before: str | None = None) -> str | None:
    """The year a clause asks about, or "now" for the present; only to tell where a question turns to another.

    The present is told apart from the year ahead only ("now, and … this year"): "now, and how many times the
    2010 figure is that" asks one thing.
    """
    named = _year_asked(clause)
    if named is None and _PRESENT.search(clause) and (before is None or _AHEAD.fullmatch(before)):
        return "now"
    if named and before == "now" and not _AHEAD.fullmatch(named):
        return None
    return named


def _ended(clause: str, english: bool) -> str:
    """A clause cut from its question, ending as a question."""
    return re.sub(r"[\s,，;；]*$", "?" if english else "？", clause, count=1)


def _asks(piece: str) -> bool:
    """Whether a piece of a message asks something: a figure, a list, how something went, who or when."""
    q = analyze(piece)
    return q.figure or q.listing or q.open or q.who or bool(q.when)


def joined(message: str, answers: list[Answer]) -> Answer:
    """One answer to a message of several questions: each question's answer under its mark, in order."""
    found = [a for a in answers if a.found]
    sources = [p.full_text for a in found for p in a.passages]
    lines = []
    for n, answer in enumerate(answers):
        same = next((k for k in range(n) if answers[k].answer == answer.answer), None)
        if not answer.found and unsupported_figures(answer.answer, sources):
            # A refusal lists the years covered or repeats the question's numbers; in an answer giving figures,
            # every number stands in a cited passage.
            lines.append(f"{MARKS[n]} " + (_EN_NOT_COVERED if answer.english else _ZH_NOT_COVERED))
        elif same is None:
            lines.append(f"{MARKS[n]} {answer.answer}")
        else:  # both questions are answered by one quote ("规上工业增加值、固定资产投资分别增长…")
            lines.append(f"{MARKS[n]} " + (f"See {MARKS[same]}." if answer.english else f"见{MARKS[same]}。"))
    text = "\n\n".join(lines)
    timings: dict[str, float] = {}
    for answer in answers:
        for key, value in answer.timings.items():
            timings[key] = timings.get(key, 0.0) + value
    passages = list({p.id: p for a in found for p in a.passages}.values())
    modes = {a.mode for a in found}
    return Answer(
        question=message,
        answer=text,
        found=bool(found),
        # A quote answering two questions ("见①") is cited once.
        citations=list({(c.document, c.section, c.quote): c for a in found for c in a.citations}.values()),
        mode=modes.pop() if len(modes) == 1 else "extractive",
        degraded=any(a.degraded for a in answers),
        note=next((a.note for a in answers if a.note), None),
        english=answers[0].english,
        passages=passages,
        timings=timings,
    )
