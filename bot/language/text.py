"""Language helpers: script detection, sentence splitting and search tokens."""

from __future__ import annotations

import logging
import re
import sys
import threading
import warnings
from functools import lru_cache
from pathlib import Path

with warnings.catch_warnings():
    # jieba opens its dictionary through pkg_resources where it can import it: a fifth of a second of every start,
    # and a deprecation warning. Where it cannot, it opens the same file by its path.
    warnings.simplefilter("ignore")
    _blocked = "pkg_resources" not in sys.modules
    if _blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if _blocked:
            del sys.modules["pkg_resources"]

from bot.cache import load_or_build

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Sentence ends keep trailing closing quotes/brackets with their sentence.
_SENTENCE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』）)]*|\n|$)")
_PASSAGE_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]*|\n|$)")
_ENGLISH_SENTENCE_END = re.compile(r"(?<=[a-z0-9\)\]\"'][.!?])\s+(?=[A-Z0-9\"'(])")
_PUNCT_ONLY = re.compile(r"^[\W_]+$")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")  # a calendar year written in digits
# Suffixes that make a verb a measure's name ("受理量", "办结数", "办结率", "成交额").
MEASURE_SUFFIXES = frozenset("量数率额")
# A five-year plan's period by its name: "“十四五”" (2021–2025), "the 12th Five-Year Plan" (2011–2015).
_ZH_PLAN = re.compile(r"(?<![一二三四五六七八九十百])十([一二三四五六七八九])五(?![一二三四五六七八九十])")
EN_PLAN = re.compile(
    r"\b(1[0-9]|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth)(?:th)?[\s-]+five[\s-]*year[\s-]+plan",
    re.IGNORECASE,
)
_EN_ORDINALS = {"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16}

# General Chinese and English function words and question words; carry no topic.
STOPWORDS = frozenset(
    """
    的 了 是 在 和 与 及 或 等 也 都 就 还 又 把 被 对 为 从 以 于 由 向 将 并 而 其 之 这 那 这个 那个 这些 那些
    跟 比 较 相比 相较 比起
    个 有 没有 无 吗 呢 吧 啊 呀 么 嘛 哪 哪些 哪个 什么 怎么 怎样 怎么样 如何 为何 为什么 多少 几 几个 多 多大
    谁 请问 请 问 一下 告诉 我 我们 你 你们 他 她 它 他们 咱们 县里 一共 总共 共 到底 具体 情况 方面 关于 有关
    能 会 要 想 知道 说 讲 介绍 下 上 中 里 内 前年 去年 今年 明年 年度 年 可以 可 一年 全年 下来 去 来 过 着 得 地
    哪几 哪几个 几项 是否 是不是 有没有 呢 一些 主要 分别 各 每 报告 里 当中 其中 百分之 百分之几 百分之多少
    a an the of to in on at for by with and or is are was were be been do does did how what which who whom whose
    when where why many much any some this that these those it its there their they them we our you your i me my
    please tell about can could would should will shall has have had report county
    like get got make made give show list also just only all each every more most other than then so if not no
    s t whats what's hows there's did done year years total number amount count percentage percent rate
    out carried across against within during into over under after before since per via among between through
    up down off again still yet already ever even such own same very too whole entire overall
    district city town municipality province region
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty hundred
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth
    doing go going goes gone went faring coming along getting progressing performing lately recently currently now far
    thing things stuff regarding basically actually really exactly specifically mainly
    from onto versus besides ones don't doesn't didn't isn't aren't wasn't weren't whether able ready aside
    need needs needed keep keeps kept put puts taken took hand hands handed makes making let lets leaving
    big extra above around plus side try tries trying hope hopes hoping newly yearly compared
    minimum maximum strictly toward towards
    roughly approximately approx nearly almost altogether without instead elsewhere otherwise anyway
    kind kinds sort sorts type types say says said sure supposed want wants wanted come comes look looks
    ordinary ugly foul dirty messy nasty nice lovely tricky hard
    """.split()
)

# Colloquial chat words and fillers ("热线那块咋样", "多少来着"): they say how someone asks, never what about; so
# does a guess at a figure's size ("好像是两位数增长").
FILLERS = frozenset(
    """
    咋 咋样 咋整 啥 啥样 那块 这块 那边 这边 一块 来着 一下 情况 状况 大概 大约 大致 左右 差不多 多大 到底
    现在 目前 眼下 当前 如今 一共 总共 共计 合计 总计 一起 搞 弄 干 打 做 办 弄了 搞了 干了
    弄完 弄好 搞完 搞好 搞定 干完 前前后后 加起来 拢共 统共 算下来 事儿 那事儿 这事儿
    啊 呀 哈 哦 噢 嗯 呗 啦 喽 哇 嘞 么 吗 呢 吧 了 着 过 又 还 再 就 才 都 也 能 得 可 讲讲 说说 聊聊 说下
    讲下 介绍一下 说一下 讲一下 看看 看一下 查查 查一下 查下 帮我查 帮 帮我 给 给我 我想 想问 请问 问下 问一下 知道 清楚
    具体 详细 详细点 大家 咱 咱们 俺 这里 那里 哪里 这次 那个 这个 这些 那些 一些 有些 到 达到 了吗 么样
    各是 分别是 各有 各为 包括 包含 类型 种类 类别 是多少 有多少 多少钱 多少个 几个 几项
    全市 全区 全县 全省 全国 全镇 全乡 全州 全旗 全盟 本市 本区 本县 我市 我区 我县 咱市 咱县 咱区
    市里 区里 县里 省里 镇里 乡里 城里 村里 旗里
    时候 那会儿 那时候 这会儿 那阵子 那阵儿
    情况怎么样 怎么回事 怎么着 怎么样 进展 怎样 如何 怎么 多少 几 上 下 里 中 内 方面 有关 关于 相关 亮点
    好像 似乎 记得 我记得 印象中 提了一嘴 提过一嘴 一嘴 提过 提到过 那段 这段 开头那段 报告里 报告中 报告开头
    里头 里面 里边
    个位数 两位数 双位数 三位数 四位数 五位数
    """.split()
)

_jieba_lock = threading.Lock()
_jieba_ready = False


def init_tokenizer() -> None:
    """Load jieba's dictionary once, quietly (it prints to stderr otherwise).

    Its prefix table is kept with the other derived tables (`bot.cache`, under DATA_DIR once the services are
    built): a pickle loads in a third of the time of jieba's own marshal file, about 1 s of a cold start here.
    """
    global _jieba_ready
    with _jieba_lock:
        if not _jieba_ready:
            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.dt
            if not tokenizer.initialized:
                source = Path(jieba.__file__).parent / "dict.txt"
                tokenizer.FREQ, tokenizer.total = load_or_build("jieba-prefix", source, _jieba_prefix_table)
                tokenizer.initialized = True
            _jieba_ready = True


def _jieba_prefix_table() -> tuple[dict[str, int], int]:
    """Word frequencies of jieba's dictionary with every word's prefixes, and their total (jieba's own cache)."""
    jieba.initialize()
    return jieba.dt.FREQ, jieba.dt.total


def dictionary_word(word: str) -> bool:
    """Whether jieba's general dictionary lists the word ("市长", "几个"): a word someone meant to type."""
    init_tokenizer()
    return len(word) > 1 and bool(jieba.dt.FREQ.get(word))


def spelt_out(short: str, text: str) -> tuple[str, ...]:
    """The dictionary words of the text that a two- or three-character word shortens.

    Each character opens one of the words: "公厕" for "公共厕所", "环保" for "环境保护"; the last may close
    its word instead: "投用" for "投入使用" (投入, 使用), "危化品" for "危险化学品" (危险, 化学品).
    """
    if len(short) not in (2, 3) or not is_chinese(short):
        return ()
    # The first character outside the lookahead: the search skips to it instead of trying every position.
    spaced = "".join(f"[\u4e00-\u9fff]{re.escape(c)}" for c in short[1:])
    ending = "[\u4e00-\u9fff]" if len(short) == 2 else ""
    starts = (m.start() for m in re.finditer(f"{re.escape(short[0])}(?={spaced}{ending})", text))
    found = (text[start : start + 4 if len(short) == 2 else start + 5] for start in starts)
    whole = dictionary_word if len(short) == 2 else (lambda w: dictionary_word(w[2:]))
    spelt = [w for w in found if whole(w) and dictionary_word(w[:2])]
    if len(short) == 2:
        # The second character may close the second word instead: "投用" for "投入使用" (投入, 使用).
        closing = re.finditer(f"{re.escape(short[0])}(?=[\u4e00-\u9fff]{{2}}{re.escape(short[1])})", text)
        words = (text[m.start() : m.start() + 4] for m in closing)
        spelt += [w for w in words if dictionary_word(w) and dictionary_word(w[:2]) and dictionary_word(w[2:])]
    return tuple(dict.fromkeys(spelt))


# A year written short, as staff type it: "19年", "23年底" (not "近10年", "10年来", "两个5年").
# "那个19年" is a year too: 个 after 那 or 这 is a demonstrative, not a count ("两个10年").
_SHORT_YEAR = re.compile(r"(?:(?<![\d.近这过去几多前后约每第个])|(?<=[那这]个))(\d{2})年(?![来间内以多余半])")


def full_years(text: str) -> str:
    """The text with years written in two digits ("23年底") written in four ("2023年底")."""
    return _SHORT_YEAR.sub(lambda m: f"20{m.group(1)}年", text)


def has_cjk(text: str) -> bool:
    """Whether the text contains Chinese characters."""
    return bool(_CJK.search(text))


def is_chinese(word: str) -> bool:
    """Whether a word is written in Chinese characters only (the common block: "热线", not "12345热线")."""
    return bool(word) and all("\u4e00" <= ch <= "\u9fff" for ch in word)


def is_english(text: str) -> bool:
    """Whether a question is written in English (Latin words and no Chinese)."""
    return not has_cjk(text) and bool(_LATIN_WORD.search(text))


def is_meaningless(text: str) -> bool:
    """Whether the text has no letters, digits or characters to ask about (emoji, punctuation)."""
    return not text.strip() or (bool(_PUNCT_ONLY.match(text.strip())) and not has_cjk(text))


def split_sentences(text: str, *, clauses: bool = True) -> list[str]:
    """Split text at sentence ends; with `clauses`, also at semicolons."""
    pattern = _SENTENCE if clauses else _PASSAGE_SENTENCE
    parts: list[str] = []
    for match in pattern.finditer(text):
        chunk = match.group(0)
        if not has_cjk(chunk):
            parts.extend(p for p in _ENGLISH_SENTENCE_END.split(chunk) if p)
        elif chunk:
            parts.append(chunk)
    return [p.strip() for p in parts if p.strip()]


def tokenize(text: str) -> list[str]:
    """Search tokens: jieba words for Chinese, lowercase words for English, no stopwords or fillers."""
    init_tokenizer()
    return [t for t in _cut(text.lower()) if t not in STOPWORDS and t not in FILLERS]


@lru_cache(maxsize=4096)
def _cut_cached(text: str) -> tuple[str, ...]:
    return tuple(
        tok for raw in jieba.cut_for_search(text) if (tok := raw.strip()) and not _PUNCT_ONLY.match(tok)
    )


def _cut(text: str) -> tuple[str, ...]:
    return _cut_cached(text) if len(text) < 512 else tuple(_cut_cached.__wrapped__(text))


_NON_WORD = re.compile(r"[^\w]+")


def squash(text: str) -> str:
    """Lowercase text without punctuation or spaces, for substring matching across quotes and marks."""
    return _NON_WORD.sub("", text.lower())


def plan_years(text: str) -> tuple[int, ...]:
    """The years of the five-year plans a text names ("十二五" -> 2011…2015; the first, 十一五, began in 2006)."""
    numbers = [11 + "一二三四五六七八九".index(m.group(1)) for m in _ZH_PLAN.finditer(text)]
    numbers += [_EN_ORDINALS.get(m.group(1).lower()) or int(m.group(1)) for m in EN_PLAN.finditer(text)]
    return tuple(sorted({year for n in numbers for year in range(2006 + 5 * (n - 11), 2011 + 5 * (n - 11))}))
