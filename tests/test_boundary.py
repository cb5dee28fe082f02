"""The core never depends on widgets: the line between core and UI holds."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import letterbox

PACKAGE = Path(letterbox.__file__).parent
UI_SIDE = {"app.py"}  # the composition root may build widgets


def _core_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py")
                  if "ui" not in p.relative_to(PACKAGE).parts[:1] and p.name not in UI_SIDE)


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_core_source_never_imports_widgets_or_ui() -> None:
    """No core module imports QtWidgets or letterbox.ui, even inside a function."""
    offenders = {}
    for path in _core_modules():
        bad = {n for n in _imports(path)
               if n.startswith(("letterbox.ui", "PySide6.QtWidgets"))}
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert not offenders, offenders
    assert len(_core_modules()) >= 10


def test_importing_all_core_loads_no_widgets() -> None:
    """Importing every core module in a fresh interpreter does not load QtWidgets."""
    modules = [".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts)
               for p in _core_modules() if p.name != "__main__.py"]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "bad = [m for m in sys.modules\n"
            "       if m.startswith(('PySide6.QtWidgets', 'letterbox.ui'))]\n"
            "print(bad)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=str(PACKAGE.parent), timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_files_stay_small() -> None:
    """No module grows past 400 lines (one concern per file)."""
    long_files = {str(p.relative_to(PACKAGE)): n for p in PACKAGE.rglob("*.py")
                  if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert not long_files, long_files


def test_services_and_store_speak_in_codes_not_words() -> None:
    """Services and the store never import Qt nor translate: they return typed outcomes,
    and only letterbox.ui turns them into the reader's language."""
    offenders = {}
    for folder in ("services", "store"):
        for path in sorted((PACKAGE / folder).glob("*.py")):
            source = path.read_text(encoding="utf-8")
            bad = {n for n in _imports(path) if n.startswith("PySide6")}
            if "translate(" in source or ".tr(" in source:
                bad.add("translates")
            if bad:
                offenders[f"{folder}/{path.name}"] = sorted(bad)
    assert not offenders, offenders


def test_no_sqlite_types_in_service_signatures() -> None:
    """What the services take and return is domain types, never sqlite3 ones."""
    import inspect

    from letterbox import services

    found = []
    for name in dir(services):
        cls = getattr(services, name)
        if not (inspect.isclass(cls) and cls.__module__.startswith("letterbox.services")):
            continue
        for attr, fn in inspect.getmembers(cls, inspect.isfunction):
            if any("sqlite" in str(h).lower() for h in fn.__annotations__.values()):
                found.append(f"{name}.{attr}")
    sources = " ".join(p.read_text(encoding="utf-8")
                       for p in (PACKAGE / "services").glob("*.py"))
    assert "import sqlite3" not in sources
    checked = [n for n in dir(services) if n.endswith("Service")]
    assert len(checked) >= 10 and not found, found


def test_every_service_method_that_touches_data_takes_an_actor() -> None:
    """Each public method of a use-case service (bar a few read-only lookups) has an
    ``actor`` parameter, so the policy is always asked."""
    import inspect

    from letterbox import services

    exempt = {"SignInService": {"names", "parent_state", "sign_in_parent", "sign_in_staff"},
              "RecordingService": {"limits"}, "StaffService": {"needs_first"},
              "ExportService": {"exportable_statuses"}, "SettingsService": {"get"}}
    missing = []
    for name in dir(services):
        cls = getattr(services, name)
        if not (inspect.isclass(cls) and name.endswith("Service")):
            continue
        for attr, fn in inspect.getmembers(cls, inspect.isfunction):
            if attr.startswith("_") or attr in exempt.get(name, set()):
                continue
            if "actor" not in inspect.signature(fn).parameters:
                missing.append(f"{name}.{attr}")
    assert not missing, missing
