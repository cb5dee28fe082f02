"""A valid prompt file as text, and a helper to write broken variants of it."""

from __future__ import annotations

from pathlib import Path

VALID = '''schema_version = 1
id = "t-ok"
language = "en"
title = "A test prompt"
age_bands = ["5-8"]
occasions = [
  "everyday",
  "school",
]
tips = [
  "Keep it short.",
  "Do not promise dates.",
]
example = """
Hi Sam,
I am doing okay.
How is school?
Love,
Dad
"""

[[steps]]
question = "Say hello."
starters = [
  "Hi ",
  "Hello, my ",
]

[[steps]]
question = "Ask about school."
starters = [
  "What did you learn ",
  "Who did you play with ",
]
'''


def write_prompt(folder: Path, text: str = VALID, name: str | None = None,
                 language_folder: str = "en") -> Path:
    """Write ``text`` as a prompt file under ``folder/language_folder``; return its path."""
    target = folder / language_folder if language_folder else folder
    target.mkdir(parents=True, exist_ok=True)
    if name is None:
        prompt_id = next((line.split('"')[1] for line in text.splitlines()
                          if line.startswith("id = ")), "t-ok")
        name = f"{prompt_id}.toml"
    path = target / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, fragment: str) -> int:
    """The 1-based number of the first line of ``text`` containing ``fragment``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if fragment in line:
            return number
    raise AssertionError(f"{fragment!r} not in text")
