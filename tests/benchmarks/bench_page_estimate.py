"""How well the live page estimate matches the printed letter, and how fast it is.

Run: ``/tmp/venv0/bin/python tests/benchmarks/bench_page_estimate.py``. For each shipped
facility profile and a range of letters it compares ``estimate_for`` with the page count
of the real PDF from ``render_letter``, then times the estimate on 200,000 characters.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from letterbox.demo import BIRTHDAY_LETTER, long_letter
from letterbox.export.facility import available_facilities
from letterbox.export.letter_pdf import Sender, render_letter
from letterbox.writing.flow_services import estimate_for

SENDER = Sender("Demo Parent", "DEMO-0001", "B-wing, cell 14",
                "HMP Example, 1 Prison Lane, Exampletown EX1 1AA")


def letters() -> dict[str, str]:
    """Letters of many lengths and shapes."""
    rng = random.Random(1)
    words = long_letter().split()
    texts = {"birthday": BIRTHDAY_LETTER, "long demo": long_letter(),
             "200 short lines": "\n".join(["I love you."] * 200)}
    for total in (300, 600, 900, 1200, 1800, 2400, 3600):
        paragraphs, count = [], 0
        while count < total:
            size = rng.randint(20, 90)
            start = rng.randrange(0, len(words) - size)
            paragraphs.append(" ".join(words[start:start + size]))
            count += size
        texts[f"{total} words"] = "\n\n".join(paragraphs)
    return texts


def main() -> None:
    texts = letters()
    for profile in available_facilities():
        exact = 0
        for name, text in texts.items():
            real = render_letter(text, SENDER, profile).pages
            guess = estimate_for(text, profile, SENDER).pages
            exact += real == guess
            if real != guess:
                print(f"  {profile.id}: {name}: printed {real}, estimated {guess}")
        print(f"{profile.id}: {exact}/{len(texts)} estimates equal the printed page count")
    rng = random.Random(2)
    big = " ".join("".join(rng.choice("abcdefghij") for _ in range(rng.randint(2, 9)))
                   for _ in range(34_000))[:200_000]
    start = time.perf_counter()
    estimate_for(big, profile, SENDER)
    print(f"estimate for 200,000 characters of distinct words: "
          f"{(time.perf_counter() - start) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
