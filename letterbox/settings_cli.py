"""`letterbox settings`: staff read and change the declared settings.

``letterbox settings --staff NAME`` lists each setting with its value and meaning;
``letterbox settings set KEY VALUE --staff NAME`` changes one (checked against its
declaration, written with an audit event). ``review_required off`` lets items the parent
sent go out without a worker's approval; ``story_folder DIR`` offers staff's own stories
for echo reading.
"""

from __future__ import annotations

import argparse

from letterbox.command import REFUSED, CommandError, format_table
from letterbox.staff_auth import add_staff_option, staff_actor

_TRUE = {"on", "yes", "true", "1"}
_FALSE = {"off", "no", "false", "0"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", nargs="?", choices=("list", "set"), default="list",
                        help="list (the default) or set KEY VALUE")
    parser.add_argument("key", nargs="?", metavar="KEY", help="the setting to change")
    parser.add_argument("value", nargs="?", metavar="VALUE",
                        help="its new value (on/off for yes-or-no settings)")
    add_staff_option(parser)


def parse_value(key: str, text: str) -> object:
    """A typed value for a declared setting, from what staff typed."""
    from letterbox.settings import SETTINGS

    decl = next((s for s in SETTINGS if s.key == key), None)
    if decl is None:
        known = ", ".join(s.key for s in SETTINGS)
        raise CommandError(f"There is no setting {key!r}. Settings: {known}.", REFUSED)
    if decl.type is bool:
        if text.lower() in _TRUE | _FALSE:
            return text.lower() in _TRUE
        raise CommandError(f"{key} is on or off, not {text!r}.", REFUSED)
    try:
        return decl.type(text)
    except ValueError:
        raise CommandError(f"{key} must be {decl.type.__name__}, not {text!r}.",
                           REFUSED) from None


def run(args: argparse.Namespace) -> int:
    from letterbox.command import opened_services
    from letterbox.settings import SETTINGS

    with opened_services(args) as services:
        actor = staff_actor(services, args.staff)
        if args.action == "set":
            if args.key is None or args.value is None:
                raise CommandError("Say which setting and its value: settings set KEY VALUE.",
                                   REFUSED)
            value = parse_value(args.key, args.value)
            services.settings.set(actor, args.key, value)
            print(f"{args.key} = {_shown(value)}")
            return 0
        rows = [(s.key, _shown(services.settings.get(s.key)), s.doc) for s in SETTINGS]
        for line in format_table(("SETTING", "VALUE", "MEANING"), rows):
            print(line)
        return 0


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    if "\n" in str(value):  # the carer insert: its start, on one line
        text = " ".join(str(value).split())
        return text if len(text) <= 50 else text[:49] + "…"
    return str(value) if value != "" else "(none)"
