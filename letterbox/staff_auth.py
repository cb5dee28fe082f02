"""Who is the staff member behind a command: ``--staff NAME`` and their passphrase.

Every command that reads children or items, or changes data, calls ``staff_actor``. The
passphrase comes from a prompt at the terminal, or from ``LETTERBOX_STAFF_PASSPHRASE``
for scripts. It is checked by ``SignInService.sign_in_staff``, so wrong tries count
toward the lockout and are audited, exactly as at the worker station.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from letterbox.command import REFUSED, CommandError

if TYPE_CHECKING:
    from letterbox.services import Services
    from letterbox.services.actor import Actor

PASSPHRASE_ENV = "LETTERBOX_STAFF_PASSPHRASE"


def add_staff_option(parser: argparse.ArgumentParser, note: str = "") -> None:
    """The ``--staff NAME`` option."""
    parser.add_argument("--staff", metavar="NAME", default=None,
                        help=f"the staff member doing this{note}; the passphrase is asked "
                             f"for, or read from ${PASSPHRASE_ENV}")


def staff_actor(services: Services, name: str | None) -> Actor:
    """The signed-in staff member, or CommandError (exit 2) with one line saying why."""
    from letterbox.services.signin import SignInOutcome

    if not name or not name.strip():
        raise CommandError("This needs a staff member: give --staff NAME.", REFUSED)
    if services.staff.needs_first():
        raise CommandError("There are no staff accounts yet: add the first with "
                           "`letterbox staff add NAME`.", REFUSED)
    passphrase = passphrase_for(name)
    result = services.signin.sign_in_staff(name, passphrase)
    if result.outcome is SignInOutcome.OK and result.actor is not None:
        return result.actor
    if result.outcome is SignInOutcome.LOCKED:
        raise CommandError(f"Too many wrong passphrases: wait {_duration(result.locked_for_s)}"
                           " and try again, or ask a colleague to set a new passphrase with"
                           " `letterbox staff passwd NAME`.", REFUSED)
    raise CommandError("That staff name and passphrase do not match.", REFUSED)


def can_prompt() -> bool:
    """True when a person can answer a hidden prompt (a terminal is there)."""
    if sys.stdin is not None and sys.stdin.isatty():
        return True
    if os.name != "posix":
        return False
    try:  # getpass asks on the controlling terminal even when stdin is a pipe
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return False
    os.close(fd)
    return True


def ask_hidden(prompt: str) -> str:
    """A hidden answer at the terminal; Ctrl-D is a refusal, not a traceback."""
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise CommandError("No passphrase given.", REFUSED) from None


def passphrase_for(name: str) -> str:
    """The passphrase of ``name``: from the variable, else asked at the terminal."""
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if not can_prompt():
        raise CommandError(f"No passphrase for {name!r}: run this at a terminal, or set "
                           f"{PASSPHRASE_ENV} for scripts.", REFUSED)
    passphrase = ask_hidden(f"Passphrase for {name}: ")
    if not passphrase:  # an empty answer is not a try: it does not count toward a lock
        raise CommandError("No passphrase given.", REFUSED)
    return passphrase


def _duration(seconds: int) -> str:
    if seconds < 120:
        return f"{seconds} seconds"
    return f"{(seconds + 59) // 60} minutes"
