"""Numbers in text, and the guard that every number of an answer stands in its sources."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
# Units and measure words that give a number its meaning (general Chinese, not this report's).
_MEASURES = (
    "个百分点|百分点|个月|小时|分钟|家次|人次|件次|千瓦时|千瓦|兆瓦|千伏|平方公里|立方米"
    "|%|％|‰|元|件|人|名|项|个|次|家|条|篇|期|所|间|张|台|份|批|类|种|年|月|日|天|倍|位|户|村|座|处|套|起|场|宗|笔|单|部|页|米|公里|平方米|亩|吨|岁"
    "|公斤|千克|公顷|标准箱|标箱|架次|辆|艘|栋|幢|株|棵|头|只|床|A级|级|块|届|轮|周年"
)
# Measure words that count things, not a share, a sum of money or a multiple: what "how many" is answered in.
# A count in 万 or 亿 of a thing without a measure word ("1.6万标箱" of another kind) counts too.
COUNTS = frozenset(
    {m for m in _MEASURES.split("|") if m not in ("%", "％", "‰", "元", "个百分点", "百分点", "倍", "周年", "A级")}
    | {"万", "亿"}
)
# Measures of length, area, volume, weight and power: a count of them is asked by its unit ("how many mu").
METRIC = frozenset(
    {"米", "公里", "千米", "平方米", "平方公里", "立方米", "亩", "公顷", "吨", "公斤", "千克"}
    | {"千瓦时", "千瓦", "兆瓦", "千伏"}  # energy, power and voltage
)
# Measure words of labels, asked as "which phase", "which anniversary", "what grade": "N期", "N周年", "NA级".
_LABELS = frozenset({"期", "周年", "A级", "级", "星级"})
# Measure words of time: a span or an age ("五年", "3个月", "60岁") counts no things.
TIME_UNITS = frozenset({"年", "个月", "月", "日", "天", "小时", "分钟", "岁"})
_MAGNITUDES = "百万|千万|万|亿|千"
# A measure word may follow a magnitude and "余" ("3亿件", "4.2万户", "1.4万余人"); a magnitude may stand alone.
UNITS = rf"(?:{_MAGNITUDES})?余?(?:{_MEASURES})|(?:{_MAGNITUDES})"
_ARABIC = re.compile(rf"(?<![\d.])(\d+(?:,\d{{3}})*(?:\.\d+)?)\s*({UNITS})?")
# A Chinese numeral has a digit or 十: magnitudes alone are words ("千家万户", "“万件清理”").
_CHINESE = re.compile(
    rf"(?<![\d.{_CN_DIGITS}])((?=[{_CN_DIGITS}]*[零〇一二两三四五六七八九十])[{_CN_DIGITS}]+(?:点[{_CN_DIGITS}]+)?)({UNITS})"
)
_CHINESE_PERCENT = re.compile(rf"百分之[{_CN_DIGITS}]+(?:点[{_CN_DIGITS}]+)?")
# "第五届", and the first of a series said without a number: "首届", "首批".
_ORDINAL = re.compile(rf"第[{_CN_DIGITS}\d]+|首(?:届|批|次|个|家|期|座|条|项|位|例|台|部|架|单|款|轮|场)")
# A group named by its size, asked as "几大…": "两大战略", "十大行动" (a number, not a measure to check).
_GROUP = re.compile(rf"(?<![\d.{_CN_DIGITS}])[二两三四五六七八九十]{{1,2}}大")
_ENGLISH_PERCENT = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s*(?:percent|per cent)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Figure:
    """A number as printed, with the unit that follows it (empty when none)."""

    number: str
    unit: str

    @property
    def text(self) -> str:
        """The figure as printed."""
        return self.number + self.unit


def extract_figures(text: str) -> list[Figure]:
    """Every number in the text: Arabic (with units) and Chinese numerals with a unit or measure word."""
    found: list[Figure] = []
    for match in _ENGLISH_PERCENT.finditer(text):
        found.append(Figure(match.group(1), "%"))
    cleaned = _ENGLISH_PERCENT.sub(" ", text)
    for match in _ARABIC.finditer(cleaned):
        found.append(Figure(match.group(1), _norm_unit(match.group(2) or "")))
    for match in _CHINESE_PERCENT.finditer(cleaned):
        found.append(Figure(match.group(0), ""))
    unspelt = _CHINESE_PERCENT.sub(" ", cleaned)
    for match in _CHINESE.finditer(unspelt):
        if match.group(2) == "元" and len(match.group(1)) == 1 and _NAMED.match(unspelt, match.end()):
            continue  # "三元乳业", "二元结构": a name or a term, no sum of money ("十亿元镇" is one)
        if unspelt[max(0, match.start(1) - 1) : match.start(1)] == "第":
            continue  # "市第二人民医院": an ordinal, no count of 人 (a rank asked for is read by `has_figure`)
        found.append(Figure(match.group(1), _norm_unit(match.group(2))))
    return found


# What follows "三元" when it is part of a word: any Chinese character but those money is told with.
_NAMED = re.compile(r"[\u4e00-\u9fff](?<![钱的左以及和、])")


def _norm_unit(unit: str) -> str:
    return "%" if unit == "％" else unit


def unsupported_figures(answer: str, sources: Iterable[str]) -> list[Figure]:
    """Numbers of the answer that its sources do not print (with the same unit, when it has one)."""
    source_figures = [f for text in sources for f in extract_figures(text)]
    numbers = {f.number for f in source_figures}
    with_units = {(f.number, f.unit) for f in source_figures}
    bad = []
    for figure in extract_figures(answer):
        if figure.number not in numbers or (figure.unit and (figure.number, figure.unit) not in with_units):
            bad.append(figure)
    return bad


_FRACTION = re.compile(rf"(?<![\d./])\d+/\d+(?![\d./])|[{_CN_DIGITS}]+分之[{_CN_DIGITS}]+")
# A date is no figure asked for: "8月份以后", "12月31日" ("5个月" is a span, counted in 个月).
_DATE = re.compile(r"(?<![\d.])\d{1,2}月(?:份|\d{1,2}日)?")


def has_figure(text: str, units: frozenset[str] | None = None) -> bool:
    """Whether the text has a number (with one of `units`, when given).

    A lone 一 with a measure word is an article ("全市一个停车场", "一批项目"), not a count; a span of time asked
    for may be one ("投产一个月实现进规").
    """
    spans = units is not None and units <= TIME_UNITS
    # A label asked for may be the first one: "…一期" is phase one.
    labels = units is not None and units <= _LABELS
    figures = [
        f for f in extract_figures(_DATE.sub(" ", text))
        if f.number != "一" or labels or (spans and any(_unit_is(f.unit, u) for u in TIME_UNITS))
    ]
    if units is None:
        return bool(figures)
    if "第" in units and _ORDINAL.search(text):
        return True
    if "大" in units and _GROUP.search(text):
        return True  # "几大机遇": "两大省级战略机遇"
    if "%" in units and _FRACTION.search(_DATE.sub(" ", text)):
        return True  # a share printed as a fraction: "占全区缉毒总量的1/4", "三分之一"
    return any(_unit_is(f.unit, u) for f in figures for u in units)


_SCALES = {
    "百万": Decimal(10**6), "千万": Decimal(10**7), "万": Decimal(10**4), "亿": Decimal(10**8), "千": Decimal(10**3)
}


def amount(figure: Figure) -> tuple[Decimal, str] | None:
    """An Arabic figure's size and its measure word without the magnitude: "1.2万户" is (12000, "户")."""
    if not figure.number[:1].isdigit():
        return None
    scale = next((k for k in sorted(_SCALES, key=len, reverse=True) if figure.unit.startswith(k)), "")
    unit = figure.unit[len(scale) :].removeprefix("余")
    return Decimal(figure.number.replace(",", "")) * _SCALES.get(scale, Decimal(1)), unit


def larger_than_whole(text: str, wholes: tuple[str, ...], units: frozenset[str] | None) -> bool:
    """Whether every figure of the text in `units` is of a whole's measure word and larger than it.

    A part is no larger than its whole: of "10条国际航线", the "60条" printed after them counts other routes.
    """
    sizes = [a for whole in wholes for f in extract_figures(whole) if (a := amount(f)) is not None]
    printed = extract_figures(_DATE.sub(" ", text))
    figures = [f for f in printed if units is None or any(_unit_is(f.unit, u) for u in units)]
    if not sizes or not figures:
        return False
    for figure in figures:
        size = amount(figure)
        if size is None or not any(size[1] == unit and size[0] > whole for whole, unit in sizes):
            return False
    return True


def _unit_is(unit: str, wanted: str) -> bool:
    """Whether a printed unit counts in `wanted`: 万人 and 余人 count people, 人次 too; 个百分点 is no 个.

    An area or a volume is no length: 平方米 is not counted in 米, nor 平方公里 in 公里.
    """
    if unit.endswith(wanted) and unit[: -len(wanted)].endswith(("平方", "立方")):
        return False
    return unit == wanted or unit.endswith(wanted) or unit.endswith(wanted + "次")


# A number the bot computed itself (the change between two years) is marked so, never passed off as printed.
COMPUTED = "(计算)"
_POINTS = "个百分点"
_SIGNED = re.compile(rf"([+-]\d+(?:\.\d+)?)({UNITS})?\s*{re.escape(COMPUTED)}")
# What a count in 万 or 亿 counts, printed right after it ("60万平方米", "2.7万户"): part of the figure's unit.
AFTER_MYRIAD = (
    r"(?:(?<=[万亿])(?:平方公里|平方米|立方米|公里|千瓦|千米|标准箱|人次|米|亩|吨|户|人|元|件|辆|头|只|株|套|个))?"
)
_PLAIN = re.compile(rf"(?<![\d.])(\d+(?:,\d{{3}})*(?:\.\d+)?)(?:余|多)?((?:{UNITS}){AFTER_MYRIAD})")


def difference(before: str, after: str) -> str | None:
    """The change from one printed figure to another, as signed text ("+1件"); None unless one unit counts both.

    Exact decimal arithmetic, to as many decimals as the figures print; a change of a percentage is in
    percentage points.
    """
    first, second = _PLAIN.search(before), _PLAIN.search(after)
    if first is None or second is None or first.group(2) != second.group(2):
        return None
    a, b = (Decimal(m.group(1).replace(",", "")) for m in (first, second))
    places = max(_decimals(first.group(1)), _decimals(second.group(1)))
    change = (b - a).quantize(Decimal(1).scaleb(-places))
    unit = _POINTS if first.group(2) in ("%", "％") else first.group(2)
    return f"{'+' if change >= 0 else ''}{change}{unit}"


def _decimals(number: str) -> int:
    return len(number.split(".")[1]) if "." in number else 0


def unsupported_derivations(text: str) -> list[str]:
    """Computed figures of a text that are not the change between the two printed figures before them on their line.

    A card line reads "label：2023年 120件 │ 2024年 125件 │ +5件 (计算)"; the figures it quotes are those after
    each column's year, the change must equal the last minus the one before it.
    """
    bad = []
    for line in text.splitlines():
        for match in _SIGNED.finditer(line):
            quoted = [m.group(0) for m in _PLAIN.finditer(line[: match.start()]) if not _is_year(m)]
            claimed = match.group(1) + (match.group(2) or "")
            if len(quoted) < 2 or difference(quoted[-2], quoted[-1]) != claimed:
                bad.append(claimed)
    return bad


def _is_year(match: re.Match[str]) -> bool:
    return match.group(2) == "年" and bool(re.fullmatch(r"(?:19|20)\d\d", match.group(1)))


def unsupported_card_figures(text: str, sources: Iterable[str]) -> list[str]:
    """What a card must not show: a printed figure its sources lack, or a computed one its figures do not give."""
    printed = _SIGNED.sub(" ", text)
    return [f.text for f in unsupported_figures(printed, sources)] + unsupported_derivations(text)
