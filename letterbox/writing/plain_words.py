"""Gentle notes on plain words: sentences long enough to trouble a struggling reader.

Notes are advice for the staff who write prompts, not errors: a prompt with a long
sentence still loads. Many parents read at or below the level of an 11-year-old, and
short sentences help them most; the shipped prompts keep every sentence to
``LONG_SENTENCE_WORDS`` words or fewer.
"""

from __future__ import annotations

import re

from letterbox.writing.prompts import Prompt

LONG_SENTENCE_WORDS = 15

_SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+|\n")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (split at . ! ? : ; and line ends), without blanks."""
    return [part.strip() for part in _SENTENCE_END.split(text) if _WORD.search(part)]


def word_count(sentence: str) -> int:
    """Words in a sentence, in any alphabet; "don't" is one word."""
    return len(_WORD.findall(sentence))


def long_sentences(prompt: Prompt, limit: int = LONG_SENTENCE_WORDS) -> list[tuple[int, str]]:
    """(word count, sentence) for each sentence longer than ``limit`` words in the prompt.

    Questions, starters and the example are read; the tips and title are not, because
    staff often need a few more words there to be exact.
    """
    texts = [prompt.example]
    for step in prompt.steps:
        texts.append(step.question)
        texts.extend(step.starters)
    found = []
    for text in texts:
        for sentence in sentences(text):
            count = word_count(sentence)
            if count > limit:
                found.append((count, sentence))
    return found
