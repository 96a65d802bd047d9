"""What a question asks for: language, a figure and its unit, a list, named things and years."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from bot.answers.guard import COUNTS, METRIC, TIME_UNITS, UNITS
from bot.cache import load_or_build
from bot.domain import ANYWHERE, Where
from bot.language.glossary import expressions
from bot.language.lexicon import kind_of_place, place_name
from bot.language.text import (
    EN_PLAN,
    FILLERS,
    STOPWORDS,
    YEAR,
    has_cjk,
    init_tokenizer,
    is_english,
    plan_years,
    squash,
)
from bot.search.corpus import Corpus, Timeline

# General Chinese measure words: a question's "多少件" asks for a count in 件.
MEASURE_WORDS = frozenset(
    "件 人 名 位 项 个 次 家 条 篇 期 所 间 张 台 份 批 类 种 户 村 座 处 套 起 场 宗 笔 倍 元 岁 天 回 趟 块 "
    "辆 艘 栋 幢 株 棵 头 只 周年".split()
)
_PEOPLE = frozenset({"人", "名", "位"})
# Measure words that count the same kind of thing: a question's 份 may be answered in 件.
_UNIT_CLASSES = (
    frozenset({"件", "份", "项", "条", "宗", "起", "笔", "篇", "个", "种", "类"}),
    frozenset({"次", "回", "趟", "场"}),
    frozenset({"家", "所", "处", "个"}),
)
_ZH_FIGURE = re.compile(
    r"多少|(?<!哪)几[个件人名位项次家条篇张所间台份批类种户村座处套起场宗笔倍回块]|几成|多大|多高|多长|多宽|多深|多远|多久|比例|比率|占比|百分"
    r"|率|数量|金额|总数|总额|人数|件数|次数|个数|数目|(?<!哪)几"
)
# Units of length, area and weight a question may ask in ("多少亩", "多少万平方米").
_PHYSICAL_UNITS = frozenset("平方公里 平方米 立方米 公顷 公里 千米 亩 吨 米 千瓦时 千瓦 兆瓦 千伏".split())
# The question word, a magnitude it may carry ("多少万人", "几亿元"), and the unit asked in.
_ASKED_UNITS = "|".join(sorted(MEASURE_WORDS | _PHYSICAL_UNITS, key=len, reverse=True))
_ZH_UNIT = re.compile(rf"(?:多少|(?<!哪)几)(?:十|百|千)?(?:万|亿)?({_ASKED_UNITS})")
_ZH_PERCENT = re.compile(r"率|比例|比率|占比|百分|增速|增幅")
_ZH_MONEY = re.compile(r"多少钱|钱(?:有|是|共|一共|总共)?多少|金额|资金|经费|款项|万元|几元|多少元|多少投资|投资额")
# "二期工程投资多少": an investment is told in money, unless a measure word says what is counted or it changed.
_ZH_INVESTED = re.compile(
    r"投资(?:了|是|有|为|达到?|共|一共|总共|大概|大约|约)*多少(?!个|件|项|家|人|次|条|亩|平方|公里|吨|座|所)"
)
_ZH_CHANGED = re.compile(r"增长|增速|增幅|下降|降低|提高|减少|上涨|回落")
_EN_FIGURE = re.compile(
    r"\bhow (?:many|much|often|long|big|large)\b|\bwhat (?:percentage|percent|proportion|share|number|rate|amount"
    r"|multiple)\b"
    r"|\bnumber of\b|\brate\b|\bpercent(?:age)?\b|\bcount\b|\btotal\b|\bamount\b|\bfigures?\b"
    r"|\bwhat(?:['’]s)? (?:[\w'’]+ ){0,6}(?:capacity|output|volume|value|revenue|income|budget|investment|area"
    r"|length|throughput|population|scale|size|gdp|balance|expenditure|spending|production|yield|turnover|voltage"
    r"|average|salary|salaries|wages?|pay|price|prices|rent|fares?|pensions?)\b"
    r"|\bin (?:yuan|rmb|percent|percentage terms)\b"
    r"|\bwhat(?:'s| is| was) (?:\w+'?s? ){0,3}(?:target|goal)\b|\bhow soon\b"
    r"|\bwhat (?:did|does|do|will|would|should) (?:[\w'’-]+ ){0,8}cost\b|\bcosts? of\b",
    re.IGNORECASE,
)
# A span of time asked: "how soon after…", "how long did it take"; "多久", "多长时间" (not "多长": a length).
_EN_SPAN = re.compile(
    r"\bhow soon\b|\bhow long (?:after|before|did|does|do|will|would|has|have|had)\b[^?]*\b(?:take|took|taken|after"
    r"|before|last|lasted)\b|\bhow long after\b",
    re.IGNORECASE,
)
_ZH_SPAN = re.compile(r"多久|多长时间|用时多少|用了多少(?:天|时间)")
# A rank or an edition asked in English ("which edition of the games", "where did it rank"): told as 第N.
_EN_RANK = re.compile(
    r"\b(?:what|which) (?:rank|ranking|position|edition|session)\b|\bwhat place did\b"
    r"|\bwhere did\b[^?]*\b(?:rank|ranked|land|stand)\b|\bhow (?:high|low) (?:did|does|is|was)\b[^?]*\branks?\b",
    re.IGNORECASE,
)
# A label asked in English, told by its measure word: "which anniversary" (N周年), "which phase" (N期), "what
# grade of scenic spot" (NA级).
_EN_LABELS = tuple(
    (re.compile(pattern, re.IGNORECASE), frozenset(units.split()))
    for pattern, units in (
        (r"\b(?:what|which) anniversary\b", "周年"),
        (r"\b(?:what|which) (?:phase|stage)\b", "期"),
        (r"\bwhat (?:grade|rating|star rating|level|class) (?:of|is|was|did|does|do|has|have|will)\b", "A级 级 星级"),
    )
)
# "How many big programmes": a group named by its size ("三大工程") answers, as a count does.
_EN_HOW_MANY_BIG = re.compile(r"\bhow many (?:big|major|great|main|key)\b", re.IGNORECASE)
# Words between "how many" and what it counts ("how many new rural …"), never past a preposition or a verb:
# "how many requests from residents" counts requests.
_EN_MODIFIERS = r"(?:(?!(?:from|of|by|in|for|with|to|at|on|did|do|does|were|was|are|is|have|has|had)\b)\w+ ){0,2}"
# A growth asked for in English ("what growth target…", "by how much did … rise") is a rate.
_EN_GROWTH = re.compile(
    r"\b(?:growth (?:rate|target)|grow(?:th)? by|by how much|(?:increase|rise|decline|drop) (?:rate|target))\b"
    r"|\bhow (?:fast|quickly)\b"  # "How fast did the economy grow?"
    # "How much did the service sector grow in 2023?"
    r"|\bhow much (?:did|has|have|had|does|do|will|would|is|was)\b[^?]*?\b(?:grow|grew|grown|growing|rise|rose|risen"
    r"|rising|increase|increased|increasing|fall|fell|fallen|drop|dropped|decline|declined|go up|went up|gone up)\b",
    re.IGNORECASE,
)
# Units an English question may ask in, and the units reports print for them.
_EN_UNITS = tuple(
    (re.compile(pattern, re.IGNORECASE), frozenset(units.split()))
    for pattern, units in (
        (rf"\bhow many {_EN_MODIFIERS}households\b", "户"),
        (
            r"\bhow much (?:[a-z-]+ ){0,2}(?:area|space|land|farmland|cropland|forest|forests|grassland|grasslands"
            r"|wetland|wetlands|cover|vegetation|greenery)\b"
            r"|\bwhat (?:is|was|are|were)(?: the)? (?:[a-z-]+ ){0,2}(?:area|space)(?! (?:rate|ratio|share))\b",
            "平方米 平方公里 亩 公顷",
        ),
        (r"\bvoltage\b", "千伏"),
        (r"\bwhat multiple\b|\bhow many times (?:as|more|bigger|larger|higher|over|the|that)\b", "倍"),
        (
            r"\bhow many (?:times|years) (?:in a row|running|straight|consecutively)\b"
            r"|\bhow many (?:consecutive|straight|successive) (?:times|years|terms|sessions)\b",
            "届 次 年",
        ),
        # "How many times did the teams sit in on meetings": occurrences (not "how many times the 2010 level").
        (
            r"\bhow many times (?:did|do|does|has|have|had|was|were|is|are|will)\b",
            "次 人次 件次 家次 架次 批次 场次 轮",
        ),
        *(
            (rf"\b(?:how many|in) (?:{words})\b", units)
            for words, units in (
                ("mu", "亩"),
                ("hectares?", "公顷"),
                ("square (?:kilomet(?:er|re)s|km)", "平方公里"),
                ("square met(?:er|re)s", "平方米"),
                ("(?:kilomet(?:er|re)s|km)", "公里 千米"),
                ("met(?:er|re)s", "米"),
                ("(?:tons|tonnes)", "吨"),
                ("(?:kilograms|kilogrammes|kg)", "公斤 千克"),
                ("(?:kilowatt[- ]hours|kwh)", "千瓦时"),
                ("(?:kilowatts|kw)", "千瓦"),
                ("(?:megawatts|mw)", "兆瓦 千瓦"),
                ("(?:kilovolts|kv)", "千伏"),
            )
        ),
    )
)
# An amount an English question gives ("deals worth 100 million yuan or more") describes what is asked: it asks
# no money.
_EN_AMOUNT = re.compile(
    r"\b\d[\d,]*(?:\.\d+)?\s*(?:(?:hundred|thousand|million|billion)\s+)?(?:yuan|rmb|(?:us\s+)?dollars)\b",
    re.IGNORECASE,
)
# A number an English question gives of things it names ("of the 47 problems flagged", "besides the 452
# households") describes them: the report may count them otherwise. A code is no count ("the 12345 hotline").
_EN_GIVEN = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s+(?=[a-z][a-z-]*[a-rt-z]s\b)", re.IGNORECASE)
# A rate or share asked in English, not how much something changed ("by how much did GDP grow").
_EN_RATE = re.compile(r"\b(?:rates?|ratios?|percentage|percent|share|proportion|coverage)\b", re.IGNORECASE)
_EN_CHANGE = re.compile(
    r"\b(?:grow|grew|grown|growth|increas\w*|ris(?:e|es|en|ing)|rose|declin\w*|drop\w*|fall|fell|cut\w*"
    r"|reduc\w*|by how much|by what|up by|how much (?:more|less|higher|lower)"
    # "go up", "shot up"; not "up and running", "set up", "fixed up"
    r"|(?:go|goes|going|gone|went|shot|jump(?:s|ed)?|climb(?:s|ed)?|mov(?:e|es|ed)|push(?:ed)?|pick(?:ed)?) up)\b",
    re.IGNORECASE,
)
_EN_TIME = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?|minutes?|how old|how long|how soon)\b", re.IGNORECASE)
_EN_PHASES = re.compile(r"\b(?:phases?|stages?|issues?|editions?|sessions?|terms?|batch(?:es)?)\b", re.IGNORECASE)
# When a count is of, not a span: "this year", "last month", "each year".
_EN_WHEN = re.compile(r"\b(?:this|last|next|that|each|every|per|a) (?:year|month|week)\b", re.IGNORECASE)
_EN_HOW_MANY = re.compile(r"\bhow many\b|\bnumber of\b", re.IGNORECASE)
_EN_PERCENT = re.compile(r"\b(?:percentage|percent|rate|proportion|share|ratio)\b", re.IGNORECASE)
_EN_CASES = re.compile(
    rf"\bhow many {_EN_MODIFIERS}(?:cases|requests|complaints|appeals|applications|lawsuits|disputes|petitions|calls"
    r"|documents|files|reports|clues|suggestions|opinions)\b",
    re.IGNORECASE,
)
# What cases, calls and clues are counted in: "受理诉求N件", "事故N起", "线索N条", "治理占道经营…N处".
_CASES = frozenset("件 起 宗 例 个 项 次 处 条 单 批 通 份 篇".split())  # documents and reports: 份, 篇
_EN_MONEY = re.compile(
    r"\bhow much money\b|\bhow much (?:went|goes|go|was put|is put|was poured|is going) into\b"
    r"|\byuan\b|\bfunds?\b|\bmoney\b|\bRMB\b|\bcosts? of\b"
    r"|\bwhat (?:did|does|do|will|would|should) (?:[\w'’-]+ ){0,8}cost\b"
    r"|\bwhat(?:['’]s)? (?:(?!number\b|count\b)[\w'’-]+ ){0,4}(?:investment|spending|expenditure|costs?|revenue|income"
    r"|turnover|funding|salary|salaries|wages?|pay|prices?|rent|fares?|pensions?)\b"
    r"|\bbudget(?:s|ed)?\b(?! revenue)|\bexpenditure\b|\bbalances?\b"
    r"|\bhow much\b.*\b(?:spen[dt]|spending|invest(?:ed|ment)?|budget(?:ed|ing)?|costs?|funding|revenue|income"
    r"|expenditure|turnover|sales|profits?|tax(?:es)?|subsid(?:y|ies)|loans?|deposits?|worth|debts?|bonds?|fees|fines"
    r"|wages|arrears|grants?|allowances?|compensation|pensions?|salar(?:y|ies))\b",
    re.IGNORECASE,
)
_EN_PEOPLE = re.compile(
    rf"\bhow many {_EN_MODIFIERS}(?:people|persons|staff|officials|officers|employees|residents|individuals|leaders"
    r"|cadres|mediators|workers|members|personnel|lawyers|judges|volunteers|jobs|households|students|patients"
    r"|tourists|visitors|travell?ers|passengers|migrants|farmers|children|kids|seniors|retirees|graduates|teachers"
    r"|doctors|nurses|entrepreneurs|talents|professionals|trainees|participants|residents)\b(?!['’])",
    re.IGNORECASE,
)
_ZH_LIST = re.compile(
    r"哪些|哪几|有什么|有啥|有何|分别是什么|各是什么|都是什么|什么(?:措施|举措|安排|计划|打算|工作|问题|不足|做法|经验|成效|成绩|亮点|困难|短板)"
    r"|主要(?:有|是|包括)|包括|列举|几个方面|哪方面|怎么做|如何做|做了什么|干了什么"
)
_EN_LIST = re.compile(
    r"\bwhat (?:\w+ )?(?:are|were)\b|\bwhich\b|\blist\b"
    r"|\bwhat (?:measures|steps|plans|actions|problems|shortcomings|weaknesses|achievements|highlights|work|priorities"
    r"|arrangements)\b|\bwhat did\b|\bwhat does\b|\bwhat will\b|\bmain\b|\bkey\b|\bsummar",
    re.IGNORECASE,
)
_ZH_OPEN = re.compile(
    r"怎么样|咋样|咋整|如何|怎样|情况|进展|成效|效果|亮点|做得|干得|搞得"
    r"|(?:咋|怎么)(?=[\u4e00-\u9fff])|打算|安排|部署"  # "…那块打算咋弄", "要怎么提升": what is planned there
)
_EN_OPEN = re.compile(
    r"\bhow (?:is|are|was|were|did|does|do|has|have)\b|\bwhat about\b|\bprogress\b"
    # "What is Tianmen planning for schools?", "What's planned…", "What has the county done to…"
    r"|\bwhat(?:'s| is| are| was| were| has| have| had)\b(?: [\w'-]+){0,5}? (?:doing|planning|planned|done|plans?)\b"
    r"|\bwhat(?:'s| is| are)(?: [\w'-]+){0,3}? (?:lined up|in store|on the agenda|in the pipeline|next for)\b",
    re.IGNORECASE,
)
_ENTITY_FLAGS = ("ns", "nr", "nrt", "nt")
_ZH_WHO = re.compile(r"是谁|谁是|谁担任|谁当|叫什么名字|叫啥名|姓名|是哪位")
_EN_WHO = re.compile(
    r"\bwho(?:'s| is| was| are| were| heads| leads| runs)\b|\bwhat(?:'s| is) (?:the )?name of\b", re.IGNORECASE
)
# Questions that ask when, by the finest part of a date they ask for: a day, a month, a year, or any time.
_ZH_ASKS_WHEN = (
    ("day", re.compile(r"哪天|哪一天|几号|几月几[日号]|哪个日子")),
    ("month", re.compile(r"几月|哪个月|哪一个月")),
    ("year", re.compile(r"哪年|哪一年")),
    ("any", re.compile(r"什么时候|啥时候|何时|什么时间|啥时间|多会儿")),
)
_EN_ASKS_WHEN = (
    ("day", re.compile(r"\b(?:what|which) (?:exact )?(?:date|day)\b|\bon what (?:date|day)\b", re.IGNORECASE)),
    ("month", re.compile(r"\b(?:what|which|from what|from which) month\b|\bin what month\b", re.IGNORECASE)),
    ("year", re.compile(r"\b(?:what|which|in what|in which) years?\b", re.IGNORECASE)),
    (
        "any",
        re.compile(
            r"^\W*(?:and |so |then )?when (?:is|was|are|were|will|would|did|does|do|has|have|had|can|should)\b"
            r"|\bwhat time\b|\bby when\b",
            re.IGNORECASE,
        ),
    ),
)
# What a sentence says of when, by the same parts: a day ("1月3日", "7·22"), a month, a year, or any time.
_WHEN_PRINTED = {
    "day": re.compile(r"\d{1,2}[日号]|[一二三四五六七八九十]{1,3}[日号]|\d{1,2}[·.]\d{1,2}(?!\d)"),
    "month": re.compile(r"\d{1,2}月|[一二三四五六七八九十]{1,3}月(?!份?[\d])|\d{1,2}[·.]\d{1,2}(?!\d)"),
    "year": re.compile(r"(?:19|20)\d{2}(?!\d)|[〇零一二三四五六七八九]{4}年"),
}
_WHEN_PRINTED["any"] = re.compile(
    "|".join(p.pattern for p in _WHEN_PRINTED.values())
    + r"|年底|年初|年末|年中|年内|月底|月初|上半年|下半年|季度|[上中下]旬|以来|之前|以前|期间|前夕|届时|即将"
)


def asks_when(text: str, english: bool) -> str:
    """The part of a date a question asks when something happens by ("day", "month", "year", "any"), or ""."""
    return next((part for part, pattern in (_EN_ASKS_WHEN if english else _ZH_ASKS_WHEN) if pattern.search(text)), "")


def tells_when(text: str, part: str) -> bool:
    """Whether a sentence prints the part of a date a when-question asks for ("5月份" tells the month)."""
    return bool(_WHEN_PRINTED[part].search(text))


_FIGURE_WORDS = frozenset("多少 几 多大 多高 多长 多久 比例 比率 占比 百分比 数量 金额 总数 总额 个数 数目 钱".split())
# Words that place a question on a day or the present moment: an annual report speaks of its year.
_ZH_MOMENT = re.compile(
    r"今天|明天|昨天|后天|前天|今晚|今早|明早|本周|下周|上周|这周|这个月|下个月|此刻"
)
_EN_MOMENT = re.compile(
    r"\b(?:today|tomorrow|yesterday|tonight|this (?:week|month|morning|afternoon|evening)"
    r"|next (?:week|month)|last (?:week|month))\b",
    re.IGNORECASE,
)


_NOT_TOPIC = STOPWORDS | FILLERS | _FIGURE_WORDS
# Modal verbs ("要学的内容" is what is to be learnt) and the light verbs of chat ("搞", "弄": did).
_GLUED = frozenset("要需该应能会可想得搞弄整做干")
# Chat fillers of two or more characters, taken out before tokenising so they cannot glue onto a word ("钱来著").
_CHATTER = re.compile("|".join(sorted((w for w in FILLERS | {"来著"} if len(w) >= 2), key=len, reverse=True)))
_YEAR_WORD = re.compile(r"(?:19|20)\d{2}年(?:度)?")
_DIVIDED_INTO = re.compile(r"分(?:为|成)?(?=[哪几])")
# Words of chat that say nothing of what is asked: left out of what retrieval embeds ("请问一下，…那块…来着").
_CHAT_ONLY = re.compile(
    "|".join(
        sorted(
            """请问一下 请问 问一下 问下 帮我查一下 帮我查下 帮我查 帮我看看 帮忙 查一下 查下 查查
            我想问 想问 我想知道 想知道 那块 这块 那边 这边 来着 来著 一下 咋样 咋 啥
            大概 大约 差不多 到底 讲讲 说说 聊聊 看看 具体点 详细点
            啊 呀 哈 哦 呗 啦 嘛 哇""".split(),
            key=len,
            reverse=True,
        )
    )
)


@dataclass(frozen=True)
class Question:
    """A question as it will be answered (a follow-up already joined to its topic) and what it asks for."""

    text: str
    english: bool
    reply_english: bool  # the language of what the user typed, which the answer is framed in
    figure: bool
    units: frozenset[str] | None
    listing: bool
    open: bool  # asks how something went ("热线那块咋样", "How is the hotline doing?"): the gist answers
    who: bool  # asks who someone is ("县长是谁", "Who is the mayor?"): only a passage naming a person answers
    terms: tuple[str, ...]
    entities: tuple[str, ...]
    places: tuple[str, ...]  # places the question names ("天门", "潜江市", "Tianmen")
    numbers: tuple[str, ...]  # numbers the question names that are not years ("12345热线"): must be the passage's
    measure: tuple[str, ...]  # the words of the measure asked for ("按时办结率" -> 按时, 办结), see `_measure`
    rate: bool  # the measure is a rate, whose every word names it ("按时办结率" is not "办结率"; "green coverage rate")
    parts: tuple[tuple[str, ...], ...]  # the measures of a question asking several ("受理、办结和满意率各是多少")
    counted: tuple[tuple[str, ...], ...]  # English: what is counted, a phrase each ("how many air passengers")
    years: tuple[int, ...]
    moments: tuple[str, ...]
    change: bool = False  # asks how much a measure changed ("增长多少", "by how much did it grow"), not its level
    stock: bool = False  # asks how many there are in all now ("does it have in total now"), not how many were added
    period: tuple[int, ...] = ()  # the years of a five-year plan it names ("十二五期间", "the 12th Five-Year Plan")
    # English amounts with a scale word ("100 million yuan"), as said and as the documents print them ("亿元以上"):
    # like `numbers`, the passage must print them.
    amounts: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # Amounts the question states as known ("去年拆的1642处违建里，主城区占了多少处？", "Of the 143 projects…"): the
    # figure asked for is another one.
    stated: tuple[str, ...] = ()
    # Grades the question names ("3A-rated sites", "5G基站"): a name, no figure of the quote's that answers it.
    grades: tuple[str, ...] = ()
    # Of those, the wholes a part is asked of ("1642处违建里", "Of the 147 problems"), not a thing named by its count
    # ("那6座公厕花了多少钱"): the part is printed after its whole.
    wholes: tuple[str, ...] = ()
    # English: the noun whose figure is asked when it is the subject ("How much land does the park cover?": park).
    subject: str = ""
    # The phase of a project asked about, as Chinese prints it ("second phase", "二期": 二)
    phase: str = ""
    # Asks when something happens, by the finest part of the date asked ("几月份开始": month): a sentence
    # answers only where it prints that part.
    when: str = ""


# What a Chinese question sets aside is not what it asks: "除了X，…", "除X以外，…", "（不算X）".
_ZH_ASIDE = re.compile(
    r"除了[^，,。？?！!；;]{1,30}?(?:以外|之外|外)?[，,]"
    r"|(?<![拆排消清解免扣剔根删革铲破废去])除[^，,。？?！!；;了]{1,30}?(?:以外|之外)[，,]"
    r"|[（(](?:不算|不含|不包括|除去|除了)[^）)]{0,20}[）)]"
)


# Amounts written short: "10bn", "100m yuan", "RMB 2.5m", "100m-yuan-plus" are billions and millions.
_EN_SHORT_SCALES = (
    (re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?bn\b", re.IGNORECASE), r"\1 billion"),
    (
        re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?mn?(?=[\s-]+(?:yuan|rmb|renminbi|dollars|usd)\b)", re.IGNORECASE),
        r"\1 million",
    ),
    (re.compile(r"\b(rmb|yuan|usd|\$|¥)\s?(\d+(?:\.\d+)?)\s?mn?\b", re.IGNORECASE), r"\1 \2 million"),
    (re.compile(r"(?<=\d)-(thousand|million|billion)\b", re.IGNORECASE), r" \1"),
    (re.compile(r"\b(million|billion)-(yuan|rmb)\b", re.IGNORECASE), r"\1 \2"),
)


# Abbreviations joined by "&", which no word of an English question is read from ("R&D" is research and
# development), and measure words English has for a few things.
_EN_SHORTHANDS = (
    (re.compile(r"\bR\s?&\s?D\b", re.IGNORECASE), "research and development"),
    (re.compile(r"\bS\s?&\s?T\b", re.IGNORECASE), "science and technology"),
    # "head of livestock": head is how animals are counted (头), no word of what is asked.
    (
        re.compile(
            r"\bheads? of (?=(?:livestock|cattle|pigs?|hogs?|sheep|goats?|cows?|animals|yaks?|horses?|camels?)\b)",
            re.IGNORECASE,
        ),
        "",
    ),
)


def _spelt_out(text: str) -> str:
    """An English question with its short amounts and "&" abbreviations spelt out ("100m yuan": "100 million yuan")."""
    for pattern, spelt in (*_EN_SHORT_SCALES, *_EN_SHORTHANDS):
        text = pattern.sub(spelt, text)
    return text


def analyze(text: str, asked: str | None = None, reply_english: bool | None = None) -> Question:
    """Read what a question asks for, from general Chinese and English question forms.

    `text` is the question as it will be answered; `asked` what the user typed, when that differs (a
    follow-up joined to the previous question's topic), which sets the language of the answer unless
    `reply_english` says which ("英文怎么说").
    """
    english = in_english(text)
    whole = text  # what it sets aside still says where ("除了稳中求进的总基调，还要坚持哪几条")
    if not english:
        text = _ZH_ASIDE.sub("", text) or text  # "除了新建的几个项目，还要推动哪些医院投用": asks no count of projects
    if english:
        text = _spelt_out(text)
        figure = bool(
            _EN_FIGURE.search(text) or _EN_GROWTH.search(text) or _EN_RANK.search(text)
            or any(pattern.search(text) for pattern, _ in _EN_LABELS)
        )
        listing = bool(_EN_LIST.search(text)) and not figure
    else:
        figure = bool(_ZH_FIGURE.search(text))
        listing = bool(_ZH_LIST.search(text)) and not re.search(r"多少|(?<!哪)几[^个方]", text)
    # "从几月份以后达到N%": a question of when asks a date, no count of months nor the rate it states (one
    # that asks "多少" too asks a figure besides).
    when = asks_when(text, english)
    figure = figure and (english or "多少" in text or not when)
    change = bool(_EN_CHANGE.search(text)) if english else bool(_GROWTH.search(text) or "百分点" in text)
    return Question(
        text=text,
        english=english,
        reply_english=(english if asked is None else in_english(asked)) if reply_english is None else reply_english,
        figure=figure,
        units=(_english_units(text) if english else _zh_units(text)) if figure else None,
        listing=listing,
        open=not figure and not listing and bool((_EN_OPEN if english else _ZH_OPEN).search(text)),
        who=bool((_EN_WHO if english else _ZH_WHO).search(text)),
        when=when,
        terms=(*english_terms(text), *content_terms(_latin_out(text))) if english else content_terms(whole),
        # An English question quoting a Chinese term ("(四上) … in Qianjiang") names places in English too.
        entities=(
            tuple(dict.fromkeys((*_entities(text), *(_english_names(text) if english else ()))))
            if has_cjk(text) else _english_names(text)
        ),
        places=places_in(text),
        numbers=_codes(text),
        # An English question quoting the Chinese name of what it counts ("judicial offices (司法所)") names it.
        measure=(_quoted_chinese(text) if english else _measure(text)) if figure else (),
        rate=bool(_EN_RATE.search(text)) and not change if english else bool(_RATE.search(text)),
        parts=_parts(text) if figure and not english else (),
        counted=english_counted(text) if figure and english else (),
        years=_years(text),
        moments=tuple(m.group(0) for m in (_EN_MOMENT if english else _ZH_MOMENT).finditer(text)),
        change=change,
        stock=_asks_stock(text, english),
        period=plan_years(text),
        amounts=english_amounts(text) if english else (),
        stated=_stated(text, english) if figure else (),
        grades=tuple(dict.fromkeys(_GRADE.findall(text))) if figure else (),
        wholes=_wholes(text, english) if figure else (),
        subject=_subject(text) if figure and english else "",
        phase=_phase(text, english),
    )


_EN_ORDINALS = {
    "first": "一", "1st": "一", "one": "一", "i": "一", "1": "一",
    "second": "二", "2nd": "二", "two": "二", "ii": "二", "2": "二",
    "third": "三", "3rd": "三", "three": "三", "iii": "三", "3": "三",
    "fourth": "四", "4th": "四", "four": "四", "iv": "四", "4": "四",
}
_EN_PHASE = re.compile(
    r"\b(first|second|third|fourth|1st|2nd|3rd|4th) phase\b|\bphase (one|two|three|four|iv|iii|ii|i|[1-4])\b",
    re.IGNORECASE,
)
_ZH_PHASE = re.compile(r"([一二三四1-4])期(?:工程|项目|改造|建设|扩建)")
_ZH_DIGIT = {"1": "一", "2": "二", "3": "三", "4": "四"}


def _phase(text: str, english: bool) -> str:
    """The phase of a project a question names ("the second phase", "phase II", "二期工程"): 二; else ""."""
    if english:
        match = _EN_PHASE.search(text)
        return _EN_ORDINALS[(match.group(1) or match.group(2)).lower()] if match else ""
    return next(_printed_phases(text), "")


def _printed_phases(text: str) -> Iterator[str]:
    """The phases of projects a Chinese text names, as Chinese numerals ("2期工程": 二)."""
    return (_ZH_DIGIT.get(p, p) for p in _ZH_PHASE.findall(text))


def other_phase(phase: str, text: str) -> bool:
    """Whether the text prints a phase of a project, and not the one asked: "一期改造工程" for the second phase."""
    printed = set(_printed_phases(text))
    return bool(phase) and bool(printed) and phase not in printed


# "How much land does the new materials park cover?", "How much money did tourism bring in?": the subject between
# the auxiliary and a verb of having, making or drawing is whose figure is asked.
_EN_SUBJECT = re.compile(
    r"\bhow (?:many|much)\b[^?]*?\b(?:does|did|do|will|has|have|had|can|could|should|would)\s+"
    r"((?:[a-z][\w'-]*\s+){0,8}?[a-z][\w'-]*?)(?:'s)?\s+"
    r"(?:cover|covers|bring|draw|attract|earn|generate|produce|employ|serve|receive|win|hold|contain|own|make"
    r"|create|add)\b",
    re.IGNORECASE,
)
_EN_SECTORS = frozenset("industry industries sector sectors trade business businesses".split())
_EN_NO_SUBJECT = frozenset(
    "it they we you he she this that these those there its city county district province town township government"
    " people residents area region country nation".split()
)


def _subject(text: str) -> str:
    """The head noun of an English figure question's subject, if a verb of having or making follows it."""
    match = _EN_SUBJECT.search(text)
    if not match:
        return ""
    # "athletes from the base": the noun before a preposition is the head
    words = re.split(r"\s(?:of|from|in|at|on|for|with|under)\s", match.group(1), maxsplit=1)[0].split()
    # "the tourism industry": of a sector, what kind it is names it
    head = words[-2] if len(words) > 1 and words[-1].lower() in _EN_SECTORS else words[-1]
    if head[:1].isupper():
        return ""  # a name ("did Tianmen bring in"), checked as one
    head = head.lower()
    return "" if head in _EN_NO_SUBJECT or head in STOPWORDS or head[:1].isdigit() else head


# A number written with thousands separators ("per 10,000 people") is a quantity, never a name or a code.
_QUANTITY = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])")
_NUMBER = re.compile(r"(?<![\d.])\d{2,}(?:\.\d+)?(?![\d.]|st\b|nd\b|rd\b|th\b)")
_RATE = re.compile(r"([\u4e00-\u9fff]{1,12}?)(?:率|比例|占比|比重)")
_MODIFIER_BREAK = re.compile(r".*[的是和与及、，,；;：:]")
_GROWTH = re.compile(  # "新增多少绿地" counts what is new, it is no change of a rate
    r"(?<!新)(?:增长|增速|增幅|下降|降低|提高|提升|减少|上涨|回落|降|增|减|涨)(?:了|率)?(?:多少|几)(?![个件人名位项次家条篇张所间台份批类种户元万亿])"
)


# A change asked in points, as people say it ("涨了几个点", "降了多少个点"): a percentage, not 点位 counted.
_POINTS = re.compile(
    r"(增长|增速|增幅|下降|降低|提高|提升|减少|上涨|回落|上升|下滑|下跌|降|增|减|涨|跌)了?(?:多少|几)个?点(?!位)"
)


_ASKS = re.compile(
    r"(?:是|有|为|达|达到|在|了|约|大约|大概|一共|总共|共|各|分别|都)*(?:多少|几|第几|百分之几|百分之多少)"
)
_COUNTED = re.compile(rf"(?:{'|'.join(sorted(MEASURE_WORDS, key=len, reverse=True))})([\u4e00-\u9fff]{{2,12}})")
_MEASURE_WORDS = 3  # the head of a measure ("国际旅客吞吐量"): its last few words name what is counted
# A verb of reaching the figure asked ("增加值完成了多少", "实现了多少"): how it is asked, not what is counted.
_REACHED = re.compile(r"(?:完成|实现)$")


# An English amount with a scale word: "100 million", "2.5 billion", "10,000 thousand".
_EN_SCALED = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|billion)\b", re.IGNORECASE)
_SCALES = {"thousand": 3, "million": 6, "billion": 9}
_NUMERALS = "〇零一二两三四五六七八九十百千万亿"
_AMOUNT_AFTER = re.compile(rf"(?:多|余|来)?(?:{UNITS})")
_AMOUNT = re.compile(rf"(?<![\d.])\d+(?:\.\d+)?(?:多|余|来)?(?:{UNITS})")


# Asking whether a figure is right ("是不是500件", "is it 20%?"): the figure stated is the one asked about.
_CONFIRMS = re.compile(
    r"是不是|是否|对吗|对不对|对吧|没错吧|\b(?:is|was|are|were) (?:it|that|this)\b|(?<![a-z] )\bright\?|\bcorrect\?",
    re.IGNORECASE,
)


# A number the question writes, and what may not follow it for it to be a count: an amount ("100-million-yuan").
_EN_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_EN_NOT_AMOUNT = r"(?![\s-](?:thousand|million|billion|yuan|rmb)\b)"
# "Of the 143 projects…", "among those 1,076 people": a number the question knows, of a whole it asks a part of.
_EN_PART_OF = re.compile(
    rf"\b(?:of|among|out of|from) (?:the|those|these|all(?: the)?|its|their) {_EN_NUMBER}\b(?![,.]?\d){_EN_NOT_AMOUNT}",
    re.IGNORECASE,
)


# "the 29 schools", "those 14 rooms": things the question knows the count of, and asks something else about.
# "the 4,000-household shantytown project": a count that describes the thing (not "the 100-million-yuan deals").
_EN_THE_COUNT = re.compile(
    rf"\b(?:the|those|these) {_EN_NUMBER}{_EN_NOT_AMOUNT}"
    rf"(?: (?=(?:[a-z][a-z-]* ){{0,3}}[a-z-]*[a-rt-z]s\b)|-(?=[a-z]))",
    re.IGNORECASE,
)


_GRADE = re.compile(r"(?<![\w.])\d[A-Z](?![A-Za-z])")


def _stated(text: str, english: bool) -> tuple[str, ...]:
    """Amounts a question states as known, with their unit ("1642处", "41.6亿元"); in English, the number ("143").

    Not years, codes ("12345热线"), nor a figure the question asks to confirm.
    """
    if _CONFIRMS.search(text):
        return ()
    if english:
        numbers = (*_EN_PART_OF.findall(text), *_EN_THE_COUNT.findall(text))
        return tuple(dict.fromkeys(n.replace(",", "") for n in numbers if not YEAR.fullmatch(n)))
    amounts = (m.group(0) for m in _AMOUNT.finditer(text))  # a span of time ("近5年") is no amount known
    return tuple(a for a in amounts if not any(a.endswith(unit) for unit in TIME_UNITS))


_CLAUSE_END = re.compile(r"[，,。？?！!；;]")


def _wholes(text: str, english: bool) -> tuple[str, ...]:
    """The amounts a question states as a whole it asks a part of ("Of the 147 problems…", "1642处违建里，…")."""
    stated = _stated(text, english)
    if english:
        return tuple(n for n in (n.replace(",", "") for n in _EN_PART_OF.findall(text)) if n in stated)
    # "…1642处违建里，", "N条政府信息中，": the clause from the amount names a whole, the part asked comes next.
    clauses = ((m.group(0), _CLAUSE_END.split(text[m.start() :], maxsplit=1)[0]) for m in _AMOUNT.finditer(text))
    return tuple(amount for amount, clause in clauses if amount in stated and _WITHIN_STATED.search(clause))


def _years(text: str) -> tuple[int, ...]:
    """The calendar years a question names: "2023年", "in 2023"; not a count that looks like one ("1642处")."""
    return tuple(
        int(m.group(1)) for m in YEAR.finditer(text)
        if text.startswith("年", m.end()) or not _AMOUNT_AFTER.match(text, m.end())
    )


def _codes(text: str) -> tuple[str, ...]:
    """Numbers a question names as codes ("12345热线", "12315"): not years, nor amounts with a unit.

    "那2800多米污水管子" describes the pipe; the report may print 2836米.
    """
    text = _EN_GIVEN.sub(" ", _QUANTITY.sub(" ", _EN_SCALED.sub(" ", text)))
    return tuple(
        m.group(0) for m in _NUMBER.finditer(text)
        if not YEAR.fullmatch(m.group(0)) and not _AMOUNT_AFTER.match(text, m.end())
    )


_EN_PER = re.compile(
    r"\bper (\d{1,3}(?:,\d{3})+|\d+|thousand|ten thousand|hundred thousand)\b", re.IGNORECASE
)
_EN_PER_WORDS = {"thousand": 1000, "ten thousand": 10_000, "hundred thousand": 100_000}
_PER_SCALES = {1000: "千", 10_000: "万", 100_000: "十万"}


def english_amounts(text: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Amounts an English question names with a scale word, each with the pattern of its Chinese forms.

    Chinese counts in 万 and 亿: "100 million yuan" is printed "1亿元" or, as a bound, "亿元以上"; "10 million US
    dollars" is "1000万美元" or "千万美元"; "2.5 billion" is "25亿".
    """
    amounts = []
    for m in _EN_SCALED.finditer(text):
        value = Decimal(m.group(1).replace(",", "")) * Decimal(10) ** _SCALES[m.group(2).lower()]
        forms = [_plain(value)]
        for step, sign in ((Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万")):
            if value >= step:
                count = value / step
                forms.append(f"{re.escape(_plain(count))}{sign}")
                forms += [f"一?{sign}"] if count == 1 else []  # "亿元以上": no number before it
                forms += [f"{word}{sign}" for word, n in (("十", 10), ("百", 100), ("千", 1000)) if count == n]
        amounts.append((m.group(0), re.compile("|".join(f"(?<![\\d.{_NUMERALS}])(?:{form})" for form in forms))))
    # "per 10,000 residents": a rate per so many people is printed "每万人", "万人拥有" (not "3万人", a count).
    for m in _EN_PER.finditer(text):
        said = m.group(1).replace(",", "")
        scale = _PER_SCALES.get(int(said) if said.isdigit() else _EN_PER_WORDS[said.lower()])
        if scale:
            amounts.append((m.group(0), re.compile(rf"(?<![\d.{_NUMERALS}])每?{scale}(?:人|名|户|常住人口)")))
    return tuple(amounts)


def _plain(value: Decimal) -> str:
    """A number as the documents print it: no exponent, no trailing zeros after a decimal point."""
    return format(value.normalize(), "f")


def searchable(text: str) -> str:
    """The question as retrieval should see it: without the words of chat ("请问一下", "那块", "来着")."""
    stripped = _CHAT_ONLY.sub("", text)
    return stripped if has_cjk(stripped) else text


_QUOTE_MARKS = re.compile("[“”‘’\"「」『』]")


def _measure(text: str) -> tuple[str, ...]:
    """The words naming the measure a question asks for: the words before "多少" or the rate's own words.

    "热线的按时办结率是多少" -> (按时, 办结); "花湖机场国际旅客吞吐量是多少" -> (国际, 旅客, 吞吐量). A rate's
    words must all stand in the quoted sentence; of another measure, those its passage prints (so "国际"
    of a passage on international cargo does not let its passenger figure answer "国际旅客吞吐量").
    """
    text = _QUOTE_MARKS.sub("", text)  # "专精特新“小巨人”企业" names one thing
    rates = list(_RATE.finditer(text))
    if rates:
        head = _MODIFIER_BREAK.sub("", rates[-1].group(1))
    else:
        asks = list(_ASKS.finditer(text))
        if not asks:
            return ()
        head = _REACHED.sub("", _MODIFIER_BREAK.sub("", text[: asks[-1].start()]))
        # "行政处罚的有多少条": those of a kind named by a noun before 的 are what is counted ("移送检察机关处理的有
        # 几人" describes them by what was done, in words the report need not use).
        kind = _REACHED.sub("", _MODIFIER_BREAK.sub("", _OF_A_KIND.sub("", text[: asks[-1].start()])))
        kind_words = _measure_words(kind) if kind != head else ()
        if kind_words and topic_weight(kind_words[-1]) >= 1.0:
            head = kind
        # What is counted may follow the question word ("有多少家医院", "培育了多少个法律明白人"): its words too.
        counted = _COUNTED.match(text, asks[-1].end()) or _BARE_COUNTED.match(text, asks[-1].end())
        if counted:
            return tuple(dict.fromkeys((*_measure_words(head), *_nouns_first(counted.group(1)))))
    return _measure_words(head)


def counted_after_asking(text: str) -> str:
    """The noun a Chinese question counts after its question word ("跑了多少个园区" -> 园区); "" for none."""
    asks = list(_ASKS.finditer(text))
    counted = _COUNTED.match(text, asks[-1].end()) if asks else None
    nouns = _nouns_first(counted.group(1)) if counted else ()
    return nouns[0] if nouns else ""


_OF_A_KIND = re.compile(r"的(?:有|是|占|为)?$")
# What is counted right after the question word, with no measure word ("有多少科研人员").
_BARE_COUNTED = re.compile(r"([\u4e00-\u9fff]{2,12})")


def _nouns_first(text: str) -> tuple[str, ...]:
    """The nouns a phrase opens with ("企业进行了对接" -> 企业): what follows the question word is counted."""
    nouns: list[str] = []
    for word in _measure_words(text + "。") if text else ():
        if topic_weight(word) < 1.0:
            break
        nouns.append(word)
    return tuple(nouns)


# Words naming a dimension, told by the figure's unit: "拆除违章建筑1.36万平方米" gives the 面积 asked for.
_DIMENSIONS = {
    "面积": frozenset({"平方米", "平方公里", "亩", "公顷"}),
    "长度": frozenset({"公里", "米", "千米"}),
    "里程": frozenset({"公里", "千米"}),
    "重量": frozenset({"吨", "公斤", "斤"}),
    "电压": frozenset({"千伏"}),
    "装机": frozenset({"千瓦", "兆瓦"}),
    "用电量": frozenset({"千瓦时"}),
    "发电量": frozenset({"千瓦时"}),
    "人数": _PEOPLE | {"人次"},
    "金额": frozenset({"元"}),
    # How long, wide, deep or far: a length ("多长时间", a span, is told before)
    "多长": frozenset({"公里", "米", "千米"}),
    "多宽": frozenset({"米"}),
    "多深": frozenset({"米"}),
    "多远": frozenset({"公里", "米", "千米"}),
}
# Words that say a figure is intended ("今年出口预期增长多少"): they frame the measure, they do not name it.
INTENT = frozenset("预期 预计 计划 准备 打算 力争 争取 拟 预定 期望 希望 目标 指标".split())


# Verbs of reaching a figure ("要做到多少", "完成了多少"): how it is asked, not what is counted.
_ATTAIN = frozenset("做到 达到 达成".split())
_NOT_MEASURED = INTENT | _ATTAIN
# Prepositions whose object is who a measure is for or aimed at, not what it counts ("给企业减负多少").
_FOR_WHOM = frozenset("给 替 帮 为 向 对".split())


# "一个月", "每年", "每人": what a figure is per ("N元/月"), not what it measures.
_PER_UNIT = re.compile(r"(?:每|一)个?(?:月|年|季度|天|日|周|人|户)(?!度)")


def _measure_words(text: str, first: bool = False) -> tuple[str, ...]:
    """The last few Chinese words of a phrase, without years, numbers, places and intent: what a measure counts.

    `first`: its first word too, which tells one part of "城镇和农村居民收入" from the other.
    """
    text = re.sub(r"(?:19|20)\d{2}年?|\d+(?:\.\d+)?", " ", text)
    text = _PER_UNIT.sub(" ", _without_beneficiary(text))
    words = [
        t for t in content_terms(text)
        if len(t) >= 2 and not place_name(t) and has_cjk(t) and t not in _NOT_MEASURED and t not in _DIMENSIONS
        and _dictionary_tags().get(t) != "f"  # "最后", "以后": when, not what
    ]
    return tuple(dict.fromkeys((*words[:1], *words[-_MEASURE_WORDS:]))) if first else tuple(words[-_MEASURE_WORDS:])


def _without_beneficiary(text: str) -> str:
    """The phrase without the object of a preposition of aim ("减税降费给企业减负" -> "减税降费 减负").

    Only where the tokenizer reads the character as a preposition of its own, before a noun that is followed
    by more of the phrase: "为民办实事" keeps 民, "对外贸易" is a word of its own.
    """
    init_tokenizer()
    import jieba

    words = jieba.lcut(text)
    kept: list[str] = []
    i = 0
    while i < len(words):
        word, after = words[i], words[i + 1 : i + 3]
        if word in _FOR_WHOM and len(after) == 2 and len(after[0]) >= 2 and topic_weight(after[0]) >= 1.0 and (
            has_cjk(after[1])
        ):
            kept.append(" ")  # the preposition and its object
            i += 2
            continue
        kept.append(word)
        i += 1
    return "".join(kept)


_PART_BREAK = re.compile(r"[、和与及跟，,；;]|以及|还有")


def _asked(text: str) -> list[str]:
    """The questions of a message that asks several ("新增就业多少人？失业率控制在多少呢？"), each asking a figure."""
    return [piece for piece in re.split(r"[？?]", text) if _ASKS.search(piece)]


def _zh_units(text: str) -> frozenset[str] | None:
    """The units a Chinese question asks in; of several questions in one message, those of each.

    Clauses that each ask a figure ("债务要化解多少，优良天数要达到多少天") are questions of their own: a clause
    naming no unit takes any figure.
    """
    asked = _asked(text)
    clauses = asking_clauses(text)
    if len(asked) < 2 and len(clauses) >= 2:
        units = [_expected_units(clause, False) for clause in clauses]
        return None if any(u is None for u in units) else frozenset(x for u in units if u for x in u)
    return _units_of_parts(text, asked, english=False)


def asking_clauses(text: str) -> list[str]:
    """The clauses of a Chinese question that each ask a figure ("债务要化解多少，优良天数要达到多少天")."""
    return [c for piece in _asked(text) for c in _clauses_asking(piece) if _ASKS.search(c)]


def _clauses_asking(piece: str) -> list[str]:
    """A question's clauses, where "、" parts two only after one ends asking a figure.

    "新增企业多少家、新增就业多少人" is two; "补道路、供水、污水配套的片区有几个" is one.
    """
    out: list[str] = []
    for clause in re.split(r"[，,；;]", piece):
        current = ""
        for fragment in clause.split("、"):
            asks = list(_ASKS.finditer(current))
            if asks and len(current) - asks[-1].end() <= 3:  # it ends asking ("…多少家")
                out.append(current)
                current = fragment
            else:
                current = f"{current}、{fragment}" if current else fragment
        out.append(current)
    return out


def _units_of_parts(text: str, parts: list[str], english: bool) -> frozenset[str] | None:
    """The units of each part asked, together; the whole text's where there is one part or a part sets none."""
    units = [_expected_units(part, english) for part in parts] if len(parts) >= 2 else [None]
    if any(u is None for u in units):
        whole = _expected_units(text, english)
        # "how much new farmland was built, and how many …": the part naming no unit may be in area or weight.
        return whole | METRIC if whole is not None and english and len(parts) >= 2 else whole
    return frozenset(unit for part_units in units if part_units for unit in part_units)


# A piece naming a whole by its amount, to ask of a part ("公开的那500条信息里，"): what is known, no part asked.
_WITHIN_STATED = re.compile(rf"\d(?:多|余|来)?(?:{UNITS}).*(?:里|中|之中|当中|内)\s*$")


_INTRODUCED = re.compile(r"^[^：:？?。]{1,24}[：:](?=.)")


def _parts(text: str) -> tuple[tuple[str, ...], ...]:
    """The measures of a question that asks for several figures at once, each as its words; () for one."""
    # An introduction ("政务服务这块帮我凑几个数：") names the topic of every figure asked, no figure of its own.
    text = _INTRODUCED.sub("", text, count=1)
    asked = _asked(text)
    if len(asked) >= 2:
        measures = [words for piece in asked if (words := _measure(piece))]
        return tuple(measures) if len(measures) >= 2 else ()
    asks = list(_ASKS.finditer(text))
    if not asks:
        return ()
    head = text[: asks[-1].start()]
    # A clause that does something before the figure asked ("助学贷款，一共帮了多少学生") asks one figure; what
    # the clauses before it name is its topic, not another figure asked.
    clauses = re.split(r"[，,]", head)
    # Unless it does it to each of them ("城乡低保金、住房租赁补贴、蔬菜价格补贴，各发出去多少钱"): they are the parts.
    if len(asks) == 1 and len(clauses) > 1 and _EACH.match(clauses[-1]):
        head = "，".join(clauses[:-1])
    elif len(asks) == 1 and len(clauses) > 1 and _does_something(clauses[-1]):
        head = clauses[-1]
    # A clause stating an amount ("公开的那500条信息里，", "那10条国际及地区航线里，") says what is known, not a
    # figure asked.
    clauses = re.split(r"(?<=[，,])", head)
    known = "".join(clause for clause in clauses if not _WITHIN_STATED.search(clause.rstrip("，,")))
    pieces = [piece for piece in _PART_BREAK.split(known) if not _WITHIN_STATED.search(piece)]
    parts = [words for piece in pieces if (words := _measure_words(piece, True))]
    return tuple(parts) if len(parts) >= 2 else ()


# "各发出去", "五年里分别投了": a clause doing something to each of the things listed before it ("各项", "各类": all).
_EACH = re.compile(r"^[^、]{0,5}?(?:分别|各自|各(?![项类种级地个界族部乡村单行业]))")


def _does_something(clause: str) -> bool:
    """Whether a clause has a verb of jieba's dictionary ("帮", "发放"), besides the words of asking."""
    init_tokenizer()
    import jieba

    return any(is_verb(word) and word not in FILLERS for word in jieba.lcut(clause))


def in_english(text: str) -> bool:
    """Whether a question is asked in English, perhaps quoting a Chinese term."""
    return is_english(text) or _mostly_english(text)


def _mostly_english(text: str) -> bool:
    """An English question quoting a Chinese term ("How many judicial offices (司法所) are there?")."""
    return len(re.findall(r"[A-Za-z]{2,}", text)) >= 3 and len(re.findall(r"[\u4e00-\u9fff]", text)) <= 8


def _quoted_chinese(text: str) -> tuple[str, ...]:
    """The Chinese terms an English question quotes whole ("司法所"), without years and numbers."""
    return tuple(run for run in re.findall(r"[\u4e00-\u9fff]{2,}", text) if not place_name(run))


def _latin_out(text: str) -> str:
    """The Chinese of a mixed question (nothing for plain English)."""
    return " ".join(re.findall(r"[\u4e00-\u9fff]+", text))


def _english_parts(text: str) -> list[str]:
    """The pieces of an English question, one for each figure it asks ("how many X, and what share of Y")."""
    starts = [m.start() for m in _EN_ASKED.finditer(text.lower())]
    return [text[a:b] for a, b in zip([0, *starts[1:]], [*starts[1:], len(text)], strict=True)]


def _english_units(text: str) -> frozenset[str] | None:
    """The units an English question asks in.

    Of several things asked ("how many tourists, and how much revenue"), those of each, from its own part.
    """
    return _units_of_parts(text, _english_parts(text), english=True)


class Clause(NamedTuple):
    """One figure an English question asks: its words as typed, its topic words and its units."""

    text: str
    words: tuple[str, ...]
    units: frozenset[str]


def english_clauses(text: str) -> tuple[Clause, ...]:
    """Of an English question asking several figures, each one's topic words and units; () for one figure.

    "How many problems did it fix, and what share of the built-up area is green?": (problems, fix) in counts,
    (built, area, green) in percent.
    """
    parts = _english_parts(text)
    if len(parts) < 2:
        return ()
    clauses = []
    units: frozenset[str] | None = None
    for part in parts:
        # "…, and how much into the school projects": a clause without its verb asks in the units of the one before.
        units = _expected_units(part, english=True) or (units if elliptic(_as_asked(part)) else None)
        clauses.append((part, english_terms(part), units))
    return tuple(Clause(_as_asked(part), terms, units) for part, terms, units in clauses if terms and units)


# A clause whose verb and noun are those of the clause before: "how many to factories", "how much into schools".
_EN_ELLIPTIC = re.compile(r"how (?:many|much) (?:to|into|in|for|on|at|from|of)\b", re.IGNORECASE)


def elliptic(clause: str) -> bool:
    """Whether an English clause leaves out its verb and noun, those of the clause before ("how many to factories")."""
    return _EN_ELLIPTIC.match(clause) is not None


def _as_asked(part: str) -> str:
    """A clause as the user typed it, without the joining word and punctuation: "what share of the area is green"."""
    joiner = r"(?:and|also|plus|as well as)"
    part = re.split(r"[:：—]", part)[-1]  # "On debt and poverty: how much…" asks from the colon on
    return re.sub(rf"^[\s,;]*{joiner}?\s*|[\s,;]+{joiner}?[\s?？.!]*$|[\s?？.,;!]+$", "", part, flags=re.IGNORECASE)


# What a question sets aside ("the amount in yuan, not the growth rate") is not what it asks.
_EN_NOT = re.compile(r"\b(?:not|rather than|instead of)\b[^,.;:()?]*", re.IGNORECASE)


def _expected_units(text: str, english: bool) -> frozenset[str] | None:
    if english:
        text = _EN_NOT.sub(" ", _EN_AMOUNT.sub(" ", text))
        if _EN_RANK.search(text):
            return frozenset({"第"})
        for pattern, units in _EN_LABELS:
            if pattern.search(text):
                return units
        if _EN_SPAN.search(text):
            return TIME_UNITS
        if _EN_PERCENT.search(text) or _EN_GROWTH.search(text):
            return frozenset({"%", "百分点"})
        if _EN_MONEY.search(text):
            return frozenset({"元"})
        for pattern, units in _EN_UNITS:
            if pattern.search(text):
                return units
        if _EN_PEOPLE.search(text):
            return _PEOPLE
        if _EN_CASES.search(text):
            return _CASES
        if _EN_HOW_MANY.search(text):
            # "how many new-energy buses" is not answered with a share of them, nor with a span ("五年累计…"); "how
            # many old buildings" not with the area or length of them ("改造13万平方米"), which its unit would name.
            # Nor with a project's phase ("…二期等项目"), unless phases are what is counted.
            counts = COUNTS - METRIC - (frozenset() if _EN_PHASES.search(text) else frozenset({"期"}))
            if _EN_HOW_MANY_BIG.search(text):
                counts |= {"大"}  # "how many big programmes": a group named by its size ("三大工程") or a count
            return counts if _EN_TIME.search(_EN_WHEN.sub(" ", text)) else counts - TIME_UNITS
        return None
    text = _AMOUNT.sub(" ", text)  # "收入超过20万元的村，占比多少": an amount the question states asks nothing
    if re.search(r"(?:多少|几)个?百分点", text):
        return frozenset({"百分点"})  # "提高了多少个百分点": not a count of 个
    if _POINTS.search(text):
        return frozenset({"%", "百分点"})  # "涨了几个点": how people say a percentage changed, not a count of places
    if "第几" in text or re.search(r"排(?:名)?(?:第)?多少", text):
        # A rank ("全国第六"); a phase or session may be printed without 第 ("第几期": "二期").
        label = re.search(r"第几(期|届|批|轮)", text)
        return frozenset({"第", label.group(1)}) if label else frozenset({"第"})
    if re.search(r"(?<!哪)几大", text):
        return frozenset({"大"})  # "几大机遇": a group named by its size ("两大")
    if _ZH_SPAN.search(text):
        return TIME_UNITS
    match = _ZH_UNIT.search(text)
    if match:
        unit = match.group(1)
        if unit in _PEOPLE or text[match.end() : match.end() + 1] == "人":  # 几个人, 多少人
            return _PEOPLE
        if unit == "元" or (unit == "块" and text[match.end() : match.end() + 1] == "钱"):
            return frozenset({"元"})  # "多少块钱": money, said as people say it
        if unit == "个":  # the measure word of everything in speech: "多少个明白人" is answered in 名
            return frozenset({unit, *_PEOPLE, "户"}).union(*_UNIT_CLASSES)
        return frozenset({unit}).union(*(c for c in _UNIT_CLASSES if unit in c))
    if _counts_people(text):
        return _PEOPLE | {"人次"}  # "有多少科研人员": people, counted as people are, not the 件 of their work
    if re.search(r"百分之(?:多少|几)", text):
        return frozenset({"%", "百分点"})  # "经费降了百分之多少": a percentage, whatever it is of
    if _ZH_MONEY.search(text):
        # How much a sum rose or fell ("经费降了多少") is told in money or as a percentage.
        return frozenset({"元", "%", "百分点"}) if _GROWTH.search(text) else frozenset({"元"})
    growth = _GROWTH.search(text)
    if growth and not _ZH_PERCENT.search(text) and len(growth.group().rstrip("了率多少几")) == 1:
        return None  # "给企业减了多少": a bare verb of change may be told in the thing's own unit or as a percentage
    if _ZH_PERCENT.search(text) or growth:
        return frozenset({"%", "百分点"})
    if _ZH_INVESTED.search(text) and not _ZH_CHANGED.search(text):
        return frozenset({"元"})
    return next((units for word, units in _DIMENSIONS.items() if word in text), None)


# Nouns of people by how they end ("科研人员", "调解员", "教师", "游客", "志愿者"): counted in 人, 名, 位.
_PEOPLE_NOUN = re.compile(r"(?:干部|[员师者生人民众才士客]|(?:员|职|农民)工)$")
_BARE_ASKED = re.compile(r"(?:多少|(?<!哪)几)([\u4e00-\u9fff]{2,12})")


def _counts_people(text: str) -> bool:
    """Whether a Chinese question counts people by a noun right after its question word ("有多少科研人员")."""
    asked = _BARE_ASKED.search(text)
    if asked is None:
        return False
    nouns = _nouns_first(asked.group(1))
    return bool(nouns) and _PEOPLE_NOUN.search(nouns[-1]) is not None


_GLUED_ASKING = re.compile(r"(?:哪些|哪几|哪个|哪种|哪类|什么|多少)(?=[\u4e00-\u9fff]{2})")


def content_terms(text: str) -> tuple[str, ...]:
    """The words of a Chinese question that carry its topic (no question, function or measure words)."""
    init_tokenizer()
    import jieba

    terms = []
    # An amount the question gives ("那2800多米污水管子", "收入58亿") describes; the report may print it otherwise.
    text = _DIVIDED_INTO.sub(" ", _AMOUNT.sub(" ", text))  # "分哪几个方面": how the parts are asked for
    text = _POINTS.sub(lambda m: f"{m.group(1)} ", text)  # "涨了几个点": the points are the unit asked, no topic
    for raw in jieba.lcut(_CHATTER.sub(" ", _YEAR_WORD.sub(" ", text.lower()))):
        token = raw.strip()
        if len(token) > 1 and token[-1] in "了过着著":
            token = token[:-1]  # "改了" is "改": an aspect particle glued on by the tokenizer
        elif len(token) > 1 and token[-1] in "有是在" and token not in jieba.dt.FREQ:
            token = token[:-1]  # "主力店有多大": "店有" is no word, but "店" and "有" glued ("所有" is one)
        asking = _GLUED_ASKING.match(token)
        if asking:
            token = token[asking.end() :]  # "哪些项目": the tokenizer glued the question word to what is asked of
        if not token or not re.search(r"[\w]", token) or token in _NOT_TOPIC:
            continue
        if len(token) == 2 and token[0] == "各":
            continue  # "各投了多少", "各类": each one's, of every kind
        if len(token) == 2 and not jieba.dt.FREQ.get(token):
            # A guess of the tokenizer's gluing a measure word, a modal or a light verb to a word ("多少项要学": 项要,
            # 要学; "搞适老化改造": 搞适).
            token = "".join(ch for ch in token if ch not in MEASURE_WORDS and ch not in _GLUED)
            if not token:
                continue
        if token in MEASURE_WORDS or re.fullmatch(r"(?:19|20)\d{2}年?", token):
            continue
        if token[0] in "几多哪" and all(ch in MEASURE_WORDS or ch in "几多少哪些" for ch in token):
            continue  # "几件", "多少人", "哪几种": the question word with its measure word
        # jieba sometimes glues a measure word to the next word ("个六无村"); the word is what matters.
        if len(token) > 2 and token[0] in MEASURE_WORDS and has_cjk(token[0]):
            token = token[1:]
        terms.append(token)
    return tuple(dict.fromkeys(terms))


_EN_TOP = re.compile(r"\btop[\s-]?(\d+)\b")
_EN_HOW = re.compile(r"\bhow (?:big|large|fast|quickly|long)\b")
# The verb of a span asked ("how long will it take", "how long did the works last"): how it is asked, no topic.
_EN_SPAN_VERB = re.compile(r"\b(?:take|takes|took|taken|last|lasts|lasted)\b")


def english_terms(text: str) -> tuple[str, ...]:
    """The words of an English question that carry its topic."""
    names = {n.lower() for n in _english_names(text)}
    lowered = _without_amounts_and_periods(_EN_COMPOUND.sub(_compound_modifier, text.lower()))
    if _EN_SPAN.search(lowered):
        lowered = _EN_SPAN_VERB.sub(" ", lowered)
    lowered = _EN_HOW.sub(" ", lowered)  # "how big", "how fast", "how long" ask for a figure, of no topic
    lowered = _EN_FRAMING.sub(" ", lowered)  # "what's lined up for …", "in percentage terms": how it is asked
    # "5G", "4A" are one word: a generation, a grade, printed so in Chinese text too.
    words = [re.sub(r"'s?$", "", w) for w in re.findall(r"\b\d[a-z]\b|[a-z]+(?:'[a-z]*)?|\d+(?:\.\d+)?", lowered)]
    # "broke ground", read as one word too; a hyphenated expression listed whole ("state-run") as well
    plain = _EN_FRAMING.sub(" ", _without_amounts_and_periods(text.lower()))
    words += [*expressions(lowered), *expressions(plain)]
    words = [w for w in words if not YEAR.fullmatch(w)]  # a year picks the report; it is no topic
    ranked = set(_EN_TOP.findall(lowered))  # "the top-100 list": a ranking (百强), its number printed nowhere
    words = [w for w in words if w not in ranked]
    # Names are checked on their own (a name the documents lack is refused); they say nothing of the topic.
    return tuple(
        dict.fromkeys(
            w for w in words
            if w not in STOPWORDS and w not in names and w not in _EN_UNIT_WORDS
            and (len(w) > 2 or w.isdigit() or w[0].isdigit())
        )
    )


def _without_amounts_and_periods(text: str) -> str:
    """Lower-case English without the amounts it states nor the period it picks ("last year"): no topic."""
    text = _QUANTITY.sub(" ", _EN_AMOUNT.sub(" ", text))
    return _EN_GIVEN.sub(" ", _EN_RELATIVE_WORDS.sub(" ", text))


# Words of how a question is put: plans ahead, a change told in percent or as how often, a share of something.
_EN_FRAMING = re.compile(
    r"\b(?:lined up|in store|on the agenda|in the pipeline|in (?:percentage|percent|yuan|rmb|real|nominal) terms"
    r"|(?:how much )?more often"
    r"|shares? of"  # "what share of X": a percentage of X, nothing shared
    # Intent ("does it plan to", "is aiming to") says a target is asked, of no topic; "the plan" is a thing.
    r"|(?:plans?|planning|aims?|aiming|intends?|intending|expects?|expecting|hopes?|hoping|wants?|wanting) to"
    # The plan period a question picks: "during the 12th Five-Year Plan" (its years, no topic).
    rf"|(?:during|in|over|under|across|throughout) the {EN_PLAN.pattern}(?: period)?)\b"
)
_EN_ASKED = re.compile(
    r"\bhow (?:many|much)\s+|\bwhat(?: (?:was|is|were|are|will be)|'s)\s+(?:the\s+)?"
    r"|\bhow (?:fast|quickly|big|large|long|soon) "
    r"(?:did|does|do|has|have|had|is|was|are|were|will|should|would|must|can)\s+"
    r"(?:the\s+)?"
    r"|\bby (?:what|how much)(?: (?:percentage|percent|rate|amount|proportion))?\s+"
    r"|\bwhat (?:percentage|percent|share|proportion|fraction)\s+"
    # "What grain output is Tianmen aiming for?": a measure named between "what" and its verb.
    r"|\bwhat\s+(?=(?:[a-z-]+\s+){0,3}(?:output|revenue|income|yield|sales|turnover|production)"
    r"\s+(?:is|was|are|were|will|did|does|do|has|have|had)\b)"
    r"|\bwhat (?:[a-z]+ )?(?:targets?|goals?) (?:did|does|do|has|have|is|was|will)\b[^?]*?\bfor\s+(?:the\s+)?"
    # "…goals for the number of X and for the share of Y": a second measure named after "and"
    r"|\band (?:for |of |in )?(?:the |its )?(?=(?:number|share|percentage|proportion|rate|amount) of\b)"
)
_EN_PHRASE_END = frozenset(
    "did does do was were is are has have had will would can could should in of for by on at to from during with "
    "and or that which who as than per been be this last next compared under over above below beyond around across "
    "along into through without within between among like such including especially worth valued costing".split()
)
# Past tenses that do not end in -ed: a verb after the counted noun ends its phrase.
_EN_IRREGULAR_PAST = frozenset(
    "broke took got made won built grew rose fell began became brought bought sold paid spent kept held led left lost "
    "met ran saw sent set stood told went came gave drew cut put found drove flew fought hid overtook underwent "
    "gone".split()
)
_EN_INTO = frozenset("into on in for to".split())
_EN_HAVE = frozenset("had has have".split())
_EN_SHARE = re.compile(r"what (?:percentage|percent|share|proportion|fraction)\b")
_EN_AUXILIARY = frozenset("is was are were did does do has have had will".split())
# Units an English question counts in ("how many kilograms of …"): what is asked in, not what it is about.
_EN_UNIT_WORDS = frozenset(
    "tons tonnes kilograms kilogrammes kg hectares mu kilometers kilometres km meters metres yuan rmb".split()
)
# What is paid or charged, a figure of whoever or whatever follows: "the salary of a teacher", "the price of a flat".
EN_PAID = frozenset(
    "salary salaries wage wages pay pension pensions price prices rent rents fare fares fee fees".split()
)
# Words that say how something is counted, not what: "the rural land transfer rate" counts transfers.
_EN_GENERIC = frozenset(
    "rate rates ratio percentage percent proportion share number numbers amount total value level growth figure "
    "volume size scale count money funds sum new target targets goal goals plan planned expected grow grew grown rise "
    "rose increase increased decrease decreased fall fell decline declined drop dropped change changed gone went "
    "times often people persons days day hours points sites length head area areas space floor "
    # Partitives and qualifiers of a figure: "how many units of rental housing", "the minimum annual capacity".
    "unit units piece pieces item items batch batches set sets round rounds kind kinds type types sort sorts lot lots "
    "place places "
    "minimum maximum lowest highest least most combined annual yearly average estimated approximate".split()
) | _EN_UNIT_WORDS
EN_COUNTING = _EN_GENERIC
# A word of an English phrase: "5G" and "4A" (a generation, a grade) are one.
_EN_WORD = re.compile(r"\b\d[a-z]\b|[a-z][a-z'-]*|\d+|\S")
# Nouns that count occurrences of what follows them: "cases of", "instances of".
_EN_CASES_OF = frozenset("case cases instance instances incident incidents occurrence occurrences".split())


_EN_PLAN_VERBS = frozenset(
    "aim aims aiming plan plans planning hope hopes hoping expect expects expecting intend intends intending "
    "target targets targeting targetting".split()
)


def english_counted(text: str) -> tuple[tuple[str, ...], ...]:
    """What an English figure question counts: the words of each phrase asked, its head last.

    Phrases asked: "how many X", "what was the X", "by what percentage did X grow". "the rural land transfer
    rate" -> (rural, land, transfer): the words of the phrase that are not words of counting; a phrase of
    counting words only ("the total value of imports") goes on past "of" or "for".
    """
    names = {n.lower() for n in _english_names(text)}
    out: list[tuple[str, ...]] = []
    lowered = _EN_COMPOUND.sub(_compound_modifier, _EN_GLOSS.sub(r"\1", text.lower()))
    lowered = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", lowered)  # "high-tech": two words, translated each
    lowered = re.sub(r"(?<=\d),(?=\d{3})", "", lowered)  # "3,500-household": the number…
    lowered = re.sub(r"(?<=\d)-(?=[a-z])", " ", lowered)  # …and the word it counts
    for match in _EN_ASKED.finditer(lowered):
        if match.group(0).startswith(("how long", "how soon")):
            continue  # a span of time: what follows does something, it is not counted
        words_after = re.findall(_EN_WORD, lowered[match.end() :])
        group = _partitive(lowered[: match.start()]) if match.group(0).startswith("how many") else None
        # "Out of all the disputes found, how many actually ended up resolved": past an adverb, a verb.
        verb = next((w for w in words_after if not (w.endswith("ly") and len(w) > 4)), "")
        if group and (verb in _EN_AUXILIARY or _verb_form(verb)):
            # "Of the 47 problems found, how many had it fixed": the group named before is what is counted.
            words_after = re.findall(_EN_WORD, group)
        elif words_after and words_after[0] in _EN_AUXILIARY:
            # "how much is Tianmen budgeting for …": past the verb and its subject, the verb says what is counted.
            words_after = [w for w in words_after[1:] if w not in names and w not in ("the", "a", "an")]
        words_after = _gained_from(_spent_on(words_after))
        specific: list[str] = []
        out_of_counting = possessed = False
        for i, word in enumerate(words_after):
            word = re.sub(r"'s?$", "", word)
            if not word:
                continue
            if word in ("or", "and") and specific and not specific[-1].endswith("s") and _modifiers_go_on(
                words_after[i + 1 : i + 3]
            ):
                # "rundown or unsafe bridges", "public culture and sports facilities": words of one head ("schools
                # and hospitals": two things)
                continue
            if word in ("of", "for") and not specific:
                continue  # "the total value of imports": the counting words name nothing yet
            if word in ("of", "for") and all(w in EN_PAID for w in specific):
                continue  # "the average salary of a school teacher": whose pay it is, named too
            if word in _EN_INTO and len(specific) == 1 and _verb_form(specific[0]):
                specific = []  # "how much was put into the school projects": what it went into is counted
                continue
            if not specific and (word in _EN_HAVE or word == "with") and out_of_counting:
                possessed = True
                continue  # "what percentage of days had (with) good air quality": what the days had is counted
            if not word[0].isalnum() or word in _EN_PHRASE_END or (
                specific and (word.endswith("ed") or word in _EN_IRREGULAR_PAST)
            ):
                break  # "how many tourists visited", "how many projects broke ground": a verb ends the phrase
            if specific and word.endswith("ing") and words_after[i + 1 : i + 2] in (["the"], ["a"], ["an"]):
                break  # "stalls blocking the road": a verb with its object ("parking spaces": a modifier)
            if word.endswith("ly") and len(word) > 4:
                continue  # "how many frequently used services": an adverb names nothing
            if word in _EN_PLAN_VERBS:
                continue  # "how many is it aiming for this year": a plan says when, not what is counted
            if word.isdigit() or word in names or word in STOPWORDS or word in ("the", "a", "an", "government"):
                continue  # "the 2019 plan", "Qianjiang's", "number of the …"; a government report's own subject
            if word in _EN_CASES_OF and words_after[i + 1 : i + 2] == ["of"]:
                out_of_counting = True  # "how many cases of street stalls blocking the road": the stalls are counted
            elif word not in _EN_GENERIC:
                specific.append(word)
            else:
                out_of_counting = True
        if match.group(0).startswith("what") and _EN_SHARE.match(match.group(0)) and not possessed:
            continue  # "what share of the bigger firms have R&D units": a rate is printed by its own name
        if specific and tuple(specific) not in out:
            out.append(tuple(specific))
    return tuple(out)


def _modifiers_go_on(following: list[str]) -> bool:
    """Whether the two words after "or"/"and" are a modifier and more of one phrase ("unsafe bridges")."""
    return len(following) == 2 and all(
        w[0].isalpha() and w not in _EN_PHRASE_END and (w not in STOPWORDS or w in _EN_GENERIC)
        and w not in _EN_IRREGULAR_PAST
        for w in following
    )


_EN_GAINED = frozenset("save saved get got gain gained receive received earn earned benefit benefited".split())


def _gained_from(words: list[str]) -> list[str]:
    """The words after "how much did businesses save from": where the gain came from is what is counted."""
    for i, word in enumerate(words[:4]):
        if word in _EN_GAINED and i + 1 < len(words) and words[i + 1] == "from":
            return words[i + 2 :]
    return words


_EN_FUNDS = frozenset("money funds funding capital cash".split())
_EN_SPENT = frozenset("spent invested paid allocated".split())
_EN_SPEND = _EN_SPENT | frozenset("spend invest pay allocate put pour poured".split())
_EN_COUNTING_OR_FUNDS = _EN_GENERIC | _EN_FUNDS
_PARTITIVE = re.compile(r"\bof (?:the |these |those |all )?(?:\d[\d.]* )?([a-z][^,;:?!]*)[,;:]")


def _partitive(before: str) -> str | None:
    """The group a "how many" picks from, named before it: "of the 47 problems flagged, how many …"."""
    found = _PARTITIVE.findall(before)
    return found[-1] if found else None


def _spent_on(words: list[str]) -> list[str]:
    """The words after "how much money was spent on": what the money went to is what is counted.

    Counting words ("money", "funds"), a verb in the passive and "on"/"into"/"for" are passed over.
    """
    lead = 0
    while lead < len(words) and words[lead] in _EN_COUNTING_OR_FUNDS:
        lead += 1
    rest = words[lead:]
    if not lead and rest and rest[0] in _EN_SPENT and "on" in rest[1:6]:
        return rest[rest.index("on", 1) + 1 :]  # "how much was spent over the five years on X"
    # "how much did companies spend on R&D": who spent is no part of what the money went to.
    spender = next((i for i, w in enumerate(rest[:4]) if w in _EN_SPEND and i + 1 < len(rest)), None)
    if not lead and spender and rest[spender + 1] in ("on", "into"):
        return rest[spender + 2 :]
    passive = len(rest) > 3 and rest[0] in _EN_AUXILIARY and _verb_form(rest[1]) and rest[2] in _EN_INTO
    if passive and _EN_FUNDS.intersection(words[:lead]):
        return rest[3:]
    # "how much money went into X", "how much funding goes to X": where it went is what is counted.
    moved = [w for w in words[: lead + 1] if _verb_form(w) or w in ("go", "goes")]
    at = words.index(moved[-1]) + 1 if moved else 0
    if moved and at < len(words) and words[at] in _EN_INTO and _EN_FUNDS.intersection(words[:lead]):
        return words[at + 1 :]
    return words


# A word glossed by the term it stands for: "the economy (GDP)", "sections (columns)": the term is what is counted.
_EN_GLOSS = re.compile(
    r"\b[a-z][a-z'-]*\s*\((?!(?:as|in|e\.g|i\.e|such|like|to|for|not|the|about|approx|or|and)\b)([a-z][a-z -]{1,30})\)"
)
# A hyphenated modifier ending in a participle or particle ("government-backed", "township-level", "run-down").
_EN_COMPOUND = re.compile(r"\b([a-z]+)-([a-z]+)\b")
_EN_COMPOUND_ENDS = frozenset("owned run made built grown led based level scale oriented related".split())
_EN_PARTICLES = frozenset("down up out off in over".split())


def _compound_modifier(match: re.Match[str]) -> str:
    """A hyphenated modifier as the word it is qualified by: "government-backed" -> "government".

    "township-level" -> "township", "run-down" -> "": how a thing is qualified names nothing counted.
    """
    first, second = match.groups()
    if second in _EN_PARTICLES:
        return " "
    if second in _EN_COMPOUND_ENDS or (second.endswith("ed") and len(second) > 4):
        return first
    return match.group(0)


def _verb_form(word: str) -> bool:
    """Whether an English word is a past tense or participle ("invested", "spent", "put")."""
    return word.endswith("ed") or word in _EN_IRREGULAR_PAST


def _english_names(text: str) -> tuple[str, ...]:
    """Capitalised words inside an English sentence: names of places, people, organisations."""
    text = _EN_PREFIXED.sub(" ", text)  # "Mid-Autumn": a prefix is no name
    words = re.findall(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-z]+(?:'(?!s\b)[a-z]+)?)\b", text.strip())
    return tuple(dict.fromkeys(w for w in words if w.lower() not in STOPWORDS and w.lower() not in _FEATURES))


_EN_PREFIXED = re.compile(
    r"\b(?:mid|pre|post|non|anti|inter|sub|semi|co|multi|cross|self|ex|vice|trans)-(?=[a-z])", re.IGNORECASE
)


# Kinds of place after a name ("Machang Lake", "Changshou Mountain"): the name is the name, these are its kind.
_FEATURES = frozenset(
    "river lake mountain mountains sea bay gorge island canal park village road street bridge".split()
)


def places_in(text: str) -> tuple[str, ...]:
    """Place names in a question: Chinese words the dictionary knows as places (English names are matched later)."""
    if not has_cjk(text):
        return ()
    init_tokenizer()
    import jieba

    return tuple(dict.fromkeys(w for w in jieba.lcut(text) if place_name(w)))


def _entities(text: str) -> tuple[str, ...]:
    """Place, person and organisation names in a Chinese question (by jieba's dictionary tags)."""
    init_tokenizer()
    import jieba

    names = entity_words()
    return tuple(
        dict.fromkeys(
            w for w in jieba.lcut(text)
            if len(w) >= 2 and w in names and not _common_parts(w) and not _LOCATIVE.fullmatch(w)
        )
    )


# A noun of one character with a word of place after it ("河里", "村上") says where, and names nothing.
_LOCATIVE = re.compile(r"[\u4e00-\u9fff][里上中内外边]")


def _common_parts(word: str) -> bool:
    """Whether a word tagged as a name is two common words ("农村居民": 农村 + 居民), not a name."""
    tags = _dictionary_tags()
    import jieba

    def common(part: str) -> bool:
        return part in jieba.dt.FREQ and tags.get(part) not in _ENTITY_FLAGS

    return any(common(word[:i]) and common(word[i:]) for i in range(2, len(word) - 1))


def names_a_person(text: str) -> bool:
    """Whether the text has a word jieba's dictionary tags as a person's name."""
    init_tokenizer()
    import jieba

    tags = _dictionary_tags()
    return any(tags.get(word) == "nr" for word in jieba.lcut(text))


@lru_cache(maxsize=1)
def entity_words() -> frozenset[str]:
    """Words jieba's dictionary tags as place, person or organisation names."""
    import jieba

    def build() -> frozenset[str]:
        return frozenset(word for word, flag in _dictionary_tags().items() if flag in _ENTITY_FLAGS)

    return load_or_build("jieba-entities", Path(jieba.__file__).parent / "dict.txt", build)


# How much a word of a given class says about a question's topic. Nouns name it; a verb ("处理", "卖") is
# mostly phrasing, though a measure verb ("受理") is still checked on its own as the measure; prepositions,
# adverbs, pronouns, time words and numerals ("截至", "跟", "大概", "现在", "第几") say nothing of it.
# Numerals and classifiers ("万亩", "全年") sit between: some carry the unit of what is counted.
_CLASS_WEIGHTS = {
    "v": 0.5, "m": 0.5, "q": 0.5, **dict.fromkeys(("p", "c", "u", "r", "d", "t", "b", "e", "y", "o", "f"), 0.0)
}


def topic_weight(word: str) -> float:
    """How much a question word names the topic, by its class in jieba's dictionary (1 for others).

    A word the dictionary lacks ("要建", glued by the tokenizer) weighs as its most telling dictionary part.
    """
    if not has_cjk(word):
        return 1.0
    init_tokenizer()
    import jieba

    tags = _dictionary_tags()
    if len(word) == 2 and word[0] == "新" and not tags.get(word) and tags.get(word[1]) == "v":
        return _CLASS_WEIGHTS["v"]  # "新铺", "新栽": newly done, a verb
    if word not in jieba.dt.FREQ:
        parts = jieba.lcut(word, HMM=False)
        if len(parts) > 1:
            return max(topic_weight(part) for part in parts)
    return _CLASS_WEIGHTS.get(tags.get(word, ""), 1.0)


@lru_cache(maxsize=1)
def _dictionary_tags() -> dict[str, str]:
    """Jieba's dictionary tags of the words that are names or not plain nouns (nouns are the default)."""
    import jieba

    source = Path(jieba.__file__).parent / "dict.txt"
    wanted = (*_ENTITY_FLAGS, *_CLASS_WEIGHTS, "vn")

    def build() -> dict[str, str]:
        tags = {}
        with source.open(encoding="utf-8") as handle:
            for line in handle:
                parts = line.split()
                if len(parts) == 3 and parts[2] in wanted:
                    tags[parts[0]] = parts[2]
        return tags

    return load_or_build("jieba-tags-v2", source, build)


def is_verb(word: str, or_noun: bool = False) -> bool:
    """Whether jieba's dictionary tags the word a verb ("改造"; with `or_noun`, a verb used as a noun too: "升级")."""
    return _dictionary_tags().get(word) in (("v", "vn") if or_noun else ("v",))


Terms = tuple[tuple[str, ...], ...]


def printed_unnegated(word: str, text: str) -> bool:
    """Whether the text prints the word outside a negated compound: 煤矿 is not in 非煤矿山 (non-coal mines)."""
    at = text.find(word)
    while at > 0 and text[at - 1] == "非" and not word.startswith("非"):
        at = text.find(word, at + 1)
    return at != -1


def coverage(terms: Terms | tuple[str, ...], haystack: str, weights: tuple[float, ...] | None = None) -> float:
    """Share of the question's topic words that the text contains.

    Each term is a word or a group of alternatives (the Chinese translations of an English word); a long
    Chinese word with no exact match counts by its character pairs.
    """
    if not terms:
        return 0.0
    haystack = squash(haystack)
    total = got = 0.0
    for number, term in enumerate(terms):
        group = (term,) if isinstance(term, str) else term
        head = group[0] if group else ""
        weight = 0.5 if len(head) == 1 and has_cjk(head) else 1.0
        if weights is not None:
            weight *= weights[number]
        total += weight
        if any(alt and printed_unnegated(alt, haystack) for alt in group):
            got += weight
        elif len(head) >= 3 and has_cjk(head):
            pairs = [head[i : i + 2] for i in range(len(head) - 1)]
            share = sum(p in haystack for p in pairs) / len(pairs)
            got += weight * share if share >= 0.5 else 0.0
    return got / total if total else 0.0



# Years named relative to the newest report. An annual report is read in the year after the one it reviews:
# its "last year" is the year of its results, its "this year" and "next year" the year of its targets.
_ZH_RELATIVE = (
    ("前年", "before"), ("去年", "results"), ("上一年", "results"), ("上年度", "results"), ("今年", "targets"),
    ("本年度", "targets"), ("明年", "targets"), ("下一年", "targets"),
)
# Words of what is to be done: an open question with them asks about plans, not how something went.
_ZH_PLANS = re.compile(r"打算|安排|计划|准备|目标|将|要|下一步|下步|今后|未来|规划")
_EN_PLANS = re.compile(
    r"\b(?:will|plans?|planning|planned|going to|targets?|targeting|aim(?:s|ing)?|intends?|intending|goals?"
    r"|future|(?:expects?|expected|hopes?|hoping|set|sets|wants?) to)\b",
    re.IGNORECASE,
)
_EN_RELATIVE = (
    (r"\byear before last\b", "before"),
    (r"\b(?:last|previous|prior) year\b", "results"),
    (r"\bthis year\b", "targets"),
    (r"\bnext year\b", "targets"),
)
_EN_RELATIVE_WORDS = re.compile("|".join(pattern for pattern, _ in _EN_RELATIVE))
# How many there are in all now, not how many were added: "does it have in total now", "现在一共有多少".
_EN_STOCK = re.compile(
    r"\b(?:have|has|are there|is there)\b[^?]*\b(?:now|in total|altogether|in all|currently|at present|all told)\b"
    r"|\b(?:now|currently|at present)\b[^?]*\b(?:have|has|are there|is there)\b",
    re.IGNORECASE,
)
_EN_ADDED = re.compile(r"\b(?:new|newly|added|built|opened|created|last year|this year|in \d{4})\b", re.IGNORECASE)
_ZH_STOCK = re.compile(r"(?:现在|目前|如今|现有)[^？?]{0,10}?(?:一共|总共|共)?有(?:多少|几)")
_ZH_ADDED = re.compile(r"新|去年|今年|前年|\d{4}年")


def _asks_stock(text: str, english: bool) -> bool:
    """Whether a question asks how many there are in all now, not how many were added (in a year)."""
    stock, added = (_EN_STOCK, _EN_ADDED) if english else (_ZH_STOCK, _ZH_ADDED)
    return bool(stock.search(text)) and not added.search(text)


# Words of the present ("现在有多少", "how many … now"): what the newest report says has been done, unless a plan is
# asked ("what does it now plan").
_ZH_NOW = re.compile(r"现在|目前|如今|眼下|至今|迄今")
_EN_NOW = re.compile(r"\b(?:now|currently|so far|to date|at present)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Scope:
    """Where to look for a question's answer, in order, and the years it asks about that nothing covers."""

    tries: tuple[Where, ...]  # each tried in turn until one answers
    uncovered: tuple[int, ...]  # years asked about that no document covers
    covered: tuple[int, ...]  # the years the documents speak of
    unknown_places: tuple[str, ...] = ()  # places asked about that neither a document is about nor mentions
    places: tuple[str, ...] = ()  # the places the documents are about
    place_named: bool = False  # the question names a place the documents are about
    elsewhere: tuple[str, ...] = ()  # places asked about that documents mention but are not about: the quote's own
    newest: int | None = None  # the newest report's year, where a question without a year may be answered by older
    candidates: tuple[str, ...] = ()  # the places a question naming none may be about (of the kind it says)
    each: bool = False  # one of those places, in turn (`place` given): the others' documents exist too


def scope(question: Question, corpus: Corpus, place: str | None = None) -> Scope:
    """Where a question's answer may come from: the place and years it names, a relative year, else the newest report.

    A relative year ("去年") is tried first and never refuses on its own: without an answer there, the newest
    report is searched whole, then every report. A question without a year tries the newest report, then every
    report. A planned figure of the year ahead ("今年计划新增多少") is looked for in that year only. Relative
    years count from the newest report of the place asked about (`place`, or the one the question names).
    """
    places = tuple(sorted(corpus.places))
    asked = question.places
    if question.english:  # "in Tianmen": a name spelt in pinyin is the place the documents print
        # ("Yunshang Zhicheng" is a project's name: its "Zhicheng" spells 支撑 too, which is no place).
        # "Tieling City" is 铁岭市, which a report on 铁岭县 is not about: a kind named after the name is its suffix.
        suffixes = {m.group(1): _EN_PLACE_KINDS[m.group(2).lower()] for m in _EN_PLACE_KIND.finditer(question.text)}
        asked += tuple(
            _of_kind(word, suffixes.get(name, ""))
            for name in question.entities for word in sorted(corpus.lexicon.name(name))
            if place_name(word) or any(word in p for p in corpus.places)
        )
    # A place other than the documents' own must be one by name: "城区" (an urban area, and a district's name
    # elsewhere) is a word of the question, not another place.
    named = [
        p for p in asked
        if not any(p in name or name in p for name in corpus.places) and not (has_cjk(p) and kind_of_place(p))
    ]
    unknown = tuple(p for p in named if p not in corpus.text)
    chosen = frozenset({place}) if place else frozenset(n for n in corpus.places for p in asked if p in n or n in p)
    named_place = bool(chosen)
    if not chosen and len(corpus.places) > 1:
        # No place named, but a kind of place ("the county", "全县"): the places of that kind, if some are not.
        kinds = _place_kinds(question)
        of_kind = frozenset(n for n in corpus.places if n[-1:] in kinds)
        if of_kind != corpus.places:
            chosen = of_kind
    by_years = _by_years(question, corpus.timeline(next(iter(chosen)) if len(chosen) == 1 else None))
    if chosen and len(corpus.places) > 1:
        by_years = replace(by_years, tries=tuple(replace(w, places=chosen) for w in by_years.tries))
    mentioned = tuple(p for p in named if p not in unknown)
    return replace(
        by_years, unknown_places=unknown, places=places, place_named=named_place, elsewhere=mentioned, each=bool(place),
        candidates=tuple(sorted(chosen)) if chosen else places,
    )


# A question's own kind of place, said of the place it is about: "the county", "全县", "区政府".
# "县里" is the county; "区里", "市里" may be inside a zone or a market ("经开区里").
_ZH_KINDS = {
    "县": re.compile(r"(?:全|本|我)县|县(?:政府|委|里)"),
    "市": re.compile(r"(?:全|本|我)市|市(?:政府|委)"),
    "区": re.compile(r"(?:全|本|我)区|区(?:政府|委)"),
}
_EN_KINDS = {"县": re.compile(r"\bcounty\b", re.I), "区": re.compile(r"\bdistrict\b", re.I)}


def _place_kinds(question: Question) -> frozenset[str]:
    """The kinds of place (县, 市, 区) a question says it is about without naming the place."""
    kinds = _EN_KINDS if question.english else _ZH_KINDS
    return frozenset(kind for kind, pattern in kinds.items() if pattern.search(question.text))


def _by_years(question: Question, timeline: Timeline) -> Scope:
    covered = tuple(sorted(timeline.years))
    if not timeline.years or timeline.newest is None:
        return Scope((ANYWHERE,), (), covered)
    asked = set(question.years)
    # A plan's period ("十二五期间") is asked about where the documents speak of any year of it; of none, the
    # period is a time they do not cover.
    period = set(question.period)
    if asked or period:
        inside = frozenset((asked | period) & timeline.years)
        uncovered = asked if period & timeline.years else asked | period
        outside = tuple(sorted(uncovered - timeline.years))
        return Scope((Where(years=inside) if inside else ANYWHERE,), outside, covered)
    kind = _relative_word(question)
    # "去年…" asks what was done: where that year has no answer, no target of a later year is one.
    anywhere = Where(not_period="target") if kind in ("results", "before") else ANYWHERE
    # Of several reports the newest is tried first, then every one (whose older answer says it is the older one).
    latest = timeline.newest if len(timeline.document_years) > 1 else None
    newest_first = (replace(anywhere, documents=frozenset({latest})), anywhere) if latest is not None else (anywhere,)
    relative = _relative_year(question, timeline, kind)
    if kind == "before" and relative is not None and not _COMPARED_WITH_BEFORE.search(question.text):
        # "前年" names one year as surely as "2017年": only what was done that year answers, no other year's figure.
        if relative not in timeline.reported:
            return Scope((ANYWHERE,), (relative,), covered)  # refused, naming the year and the years covered
        return Scope((Where(years=frozenset({relative}), not_period="target"),), (), covered)
    if relative is not None and relative in timeline.years:
        this_year = Where(years=frozenset({relative}))
        if question.figure and _asks_plans(question) and relative in timeline.newest_targets:
            # "今年计划新增多少…": a planned figure of the year ahead, which a result of the year before is not.
            return Scope((this_year,), (), covered)
        return Scope((this_year, *newest_first), (), covered, newest=latest)  # not there: the newest, then all
    return Scope(newest_first, (), covered, newest=latest)


# "比前年提高了多少": the year before last is what a change is measured from, not the year asked about.
_COMPARED_WITH_BEFORE = re.compile(
    r"(?:跟|比|与|较|同|相比)\s*前年|\b(?:than|over|from|since|compared (?:with|to)) (?:the )?year before last\b",
    re.IGNORECASE,
)


def _asks_plans(question: Question) -> bool:
    """Whether the question asks what is to be done ("打算", "计划", "will", "plan")."""
    return bool((_EN_PLANS if question.english else _ZH_PLANS).search(question.text))


# A kind of place named after an English place name, and the suffix Chinese names of that kind end in.
_EN_PLACE_KINDS = {"city": "市", "county": "县", "district": "区", "province": "省", "town": "镇", "township": "乡"}
_EN_PLACE_KIND = re.compile(rf"\b([A-Z][a-z]+) ({'|'.join(kind.title() for kind in _EN_PLACE_KINDS)})\b")


def _of_kind(name: str, suffix: str) -> str:
    """A place's Chinese name with the suffix of the kind the question names: 铁岭 + 市; 铁岭市 stays."""
    return name if not suffix or name.endswith(suffix) else name + suffix


def names_last_year(question: Question) -> bool:
    """Whether the question names the year reviewed by a relative word ("去年", "last year"), not "now"."""
    return "results" in _named_kinds(question)


def _named_kinds(question: Question) -> list[str]:
    """The kinds of year the question's relative words name, in the order of `_ZH_RELATIVE`/`_EN_RELATIVE`."""
    words = _EN_RELATIVE if question.english else _ZH_RELATIVE
    return [k for w, k in words if re.search(w, question.text, re.IGNORECASE if question.english else 0)]


def _relative_word(question: Question) -> str | None:
    """The kind of year a relative word of the question names ("去年": results), if it has one."""
    kind = next(iter(_named_kinds(question)), None)
    if kind is None and (_EN_NOW if question.english else _ZH_NOW).search(question.text) and not _asks_plans(question):
        return "results"
    return kind


def _relative_year(question: Question, timeline: Timeline, kind: str | None) -> int | None:
    """The year a relative word of the question (of `kind`, see `_relative_word`) points at in the newest report."""
    if kind is None and question.open and not _asks_plans(question):
        kind = "results"  # "纺织服装产业发展情况怎么样": how it went, what the newest report says was done
    if kind is None or timeline.newest is None:
        return None
    results = max(timeline.newest_results, default=timeline.newest - 1)
    if kind == "results":
        return results
    if kind == "before":
        return results - 1
    return min(timeline.newest_targets, default=timeline.newest)
