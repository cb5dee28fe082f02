"""`letterbox prompts`: check prompt files, count them, and set the staff prompt folder.

    letterbox prompts check [PATH ...]   # default: shipped prompts + the staff folder
    letterbox prompts folder DIR --staff NAME      # use DIR as the staff prompt folder
    letterbox prompts folder --clear --staff NAME  # stop using a staff folder
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from letterbox.staff_auth import add_staff_option
from letterbox.writing.prompts import AGE_BANDS, LANGUAGES, OCCASION_ORDER

if TYPE_CHECKING:
    from letterbox.writing.prompts import Prompt

SETTING = "user_prompts_dir"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="prompts_action", metavar="ACTION")
    check = actions.add_parser(
        "check", help="check prompt files and print how many there are",
        description="Check prompt files. Without PATH: the shipped prompts and the staff "
                    "folder set with 'letterbox prompts folder'. Exit code 1 if any file "
                    "has a problem.")
    check.add_argument("paths", nargs="*", metavar="PATH",
                       help="prompt folders or single .toml files to check")
    folder = actions.add_parser(
        "folder", help="set the folder where staff keep their own prompts",
        description="Set the folder of staff-written prompts. They appear beside the "
                    "built-in ones. Without DIR: show the current folder.")
    folder.add_argument("directory", nargs="?", metavar="DIR", help="the folder to use")
    folder.add_argument("--clear", action="store_true", help="stop using a staff folder")
    add_staff_option(folder, " (to set or clear the folder)")
    for action in (check, folder):
        # SUPPRESS: when not given here, keep a --data-dir given before the action.
        action.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir",
                            default=argparse.SUPPRESS, help="data folder")


def run(args: argparse.Namespace) -> int:
    action = getattr(args, "prompts_action", None)
    if action == "folder":
        return _run_folder(args)
    if action == "check":
        return _run_check(args)
    print("Say what to do: 'letterbox prompts check' or 'letterbox prompts folder DIR'.")
    return 2


def _data_dir(args: argparse.Namespace) -> str | None:
    # cli.main merges a --data-dir given before the action; one given after it lands here.
    value = getattr(args, "sub_data_dir", None) or args.data_dir
    return str(value) if value else None


def _staff_folder_setting(data_dir: str | None) -> str:
    """The ``user_prompts_dir`` setting; "" when the data folder has no database yet."""
    from letterbox.core import open_core
    from letterbox.paths import DataPaths, resolve_data_dir

    paths = DataPaths(resolve_data_dir(data_dir))
    if not paths.database.is_file():
        return ""  # checking prompts should not create a data folder
    core = open_core(paths.root)
    try:
        return str(core.settings.get(SETTING))
    finally:
        core.close()


def _run_folder(args: argparse.Namespace) -> int:
    from letterbox.command import REFUSED, CommandError, opened_services
    from letterbox.staff_auth import staff_actor

    if args.directory and args.clear:
        raise CommandError("Give a folder or --clear, not both.", REFUSED)
    args.data_dir = _data_dir(args)
    with opened_services(args) as services:
        if not args.directory and not args.clear:
            current = services.settings.get(SETTING)
            print(f"Staff prompt folder: {current}" if current else
                  "No staff prompt folder is set. Set one with: letterbox prompts folder DIR")
            return 0
        folder = Path(args.directory).expanduser().resolve() if args.directory else None
        if folder is not None and not folder.is_dir():
            raise CommandError(f"Folder not found: {folder}. Create it first, then run "
                               "this again.")
        actor = staff_actor(services, args.staff)  # prompts reach parents: staff decide
        services.settings.set(actor, SETTING, str(folder) if folder else "")
    if folder is None:
        print("Staff prompt folder cleared: only the built-in prompts are used.")
        return 0
    print(f"Staff prompt folder set to {folder}. Its prompts appear beside the built-in ones.")
    from letterbox.writing.prompts import default_folders

    return _check_and_report(default_folders(str(folder)))


def _run_check(args: argparse.Namespace) -> int:
    from letterbox.writing.prompts import default_folders

    paths = [Path(p).expanduser() for p in args.paths]
    if not paths:
        paths = default_folders(_staff_folder_setting(_data_dir(args)))
    return _check_and_report(paths)


def _check_and_report(paths: list[Path]) -> int:
    from letterbox.writing.prompts import PromptLibrary

    library = PromptLibrary.load(paths)
    for problem in library.errors:
        print(problem)
    notes = _plain_words_notes(library.prompts)
    for note in notes:
        print(note)
    if library.errors or notes:
        print()
    for path in paths:
        found = sum(1 for p in library.prompts if p.source == path or path in p.source.parents)
        print(f"Checked {path}: {found} prompt(s) loaded")
    print(format_counts(library.counts(), _per_language(library)))
    problems = len(library.errors)
    print(f"\n{len(library.prompts)} prompt(s) loaded; "
          + (f"{problems} file(s) with problems (see above)." if problems else "no problems."))
    return 1 if problems else 0


def _plain_words_notes(prompts: list[Prompt]) -> list[str]:
    """Advice (not errors) on sentences too long for a struggling reader."""
    from letterbox.writing.plain_words import LONG_SENTENCE_WORDS, long_sentences

    notes = []
    for prompt in prompts:
        for count, sentence in long_sentences(prompt):
            shown = sentence if len(sentence) <= 60 else sentence[:57] + "..."
            notes.append(f"note: {prompt.source}: a sentence has {count} words (try "
                         f"{LONG_SENTENCE_WORDS} or fewer): \"{shown}\"")
    return notes


def _per_language(library: object) -> dict[str, int]:
    totals: dict[str, int] = {}
    for prompt in getattr(library, "prompts", []):
        totals[prompt.language] = totals.get(prompt.language, 0) + 1
    return totals


def format_counts(counts: dict[tuple[str, str, str], int],
                  prompts_per_language: dict[str, int]) -> str:
    """One table per language: rows = occasion, columns = age band, with totals.

    A cell counts prompts for that occasion and age band; a prompt serving two bands
    counts in both, so the "all" column can exceed the number of files.
    """
    names = {"en": "English", "es": "Spanish"}
    blocks = []
    width = max(len(o) for o in OCCASION_ORDER) + 2
    for language in LANGUAGES:
        files = prompts_per_language.get(language, 0)
        header = f"{'occasion':<{width}}" + "".join(f"{b:>7}" for b in AGE_BANDS) + f"{'all':>7}"
        lines = [f"\n{names.get(language, language)} ({language}): {files} prompt file(s)",
                 header, "-" * len(header)]
        band_totals = dict.fromkeys(AGE_BANDS, 0)
        for occasion in OCCASION_ORDER:
            cells = [counts.get((language, band, occasion), 0) for band in AGE_BANDS]
            for band, n in zip(AGE_BANDS, cells, strict=True):
                band_totals[band] += n
            row = "".join(f"{n if n else '-':>7}" for n in cells)
            lines.append(f"{occasion:<{width}}{row}{sum(cells):>7}")
        lines.append("-" * len(header))
        total_row = "".join(f"{band_totals[b]:>7}" for b in AGE_BANDS)
        lines.append(f"{'total':<{width}}{total_row}{sum(band_totals.values()):>7}")
        empty = [f"{o} {b}" for o in OCCASION_ORDER for b in AGE_BANDS
                 if not counts.get((language, b, o))]
        if empty and files:
            lines.append(f"gaps: {len(empty)} (e.g. {', '.join(empty[:3])})")
        blocks.append("\n".join(lines))
    return "\n".join(blocks)
