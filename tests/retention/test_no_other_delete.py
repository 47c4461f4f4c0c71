"""Art. 27: nothing but an approved disposal removes a vault object. Reads the source of the whole program."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("archive_core", "ui", "models", "disc_burning")
DELETING = {"unlink", "remove", "rmtree", "rmdir", "removedirs", "rename", "replace", "move", "truncate"}
# Mentioning any of these means a function works with vault objects.
VAULT_WORDS = ("path_of", "vault", "objects", "open_object", "VaultObject", "sha256")
# Inside the vault, only temp files of an unfinished copy may be deleted, and put_stream renames a finished one
# into place (never over an existing object: it checks first).
VAULT_ALLOWED = {("sweep_temp", "unlink", "entry"), ("put_stream", "unlink", "tmp"),
                 ("put_stream", "rename", "os")}


def _sources() -> list[Path]:
    files = [ROOT / "main.py"]
    for pkg in PACKAGES:
        files += [p for p in (ROOT / pkg).rglob("*.py") if "migrations" not in p.parts]
    return [f for f in files if f.exists()]


PATHLIKE = ("path", "tmp", "temp", "file", "dir", "dest", "target", "final", "entry", "part")


def _pathlike(receiver: str) -> bool:
    words = re.findall(r"[a-z_]+", receiver.lower())
    return any(w in ("os", "shutil") or any(p in w for p in PATHLIKE) for w in words)


def _calls(tree: ast.AST) -> list[tuple[str, ast.Call, str]]:
    """(enclosing function, call, receiver text) for every call that may delete or move a file."""
    from_os = {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
               and n.module in ("os", "shutil", "pathlib") for a in n.names if a.name in DELETING}
    found = []

    def walk(node: ast.AST, func: str) -> None:
        for child in ast.iter_child_nodes(node):
            name = child.name if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else func
            if isinstance(child, ast.Call):
                f = child.func
                if isinstance(f, ast.Attribute) and f.attr in DELETING:
                    receiver = ast.unparse(f.value)
                    # str.replace, list.remove and the like are no file operations.
                    if f.attr not in {"replace", "remove"} or _pathlike(receiver):
                        found.append((name, child, receiver))
                elif isinstance(f, ast.Name) and f.id in from_os:
                    found.append((name, child, ""))
            walk(child, name)

    walk(tree, "<module>")
    return found


def _functions(tree: ast.AST) -> dict[str, str]:
    return {n.name: ast.unparse(n) for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}


def test_only_the_disposal_service_calls_the_vault_removal() -> None:
    callers = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "dispose_object":
                callers.append(str(path.relative_to(ROOT)))
            if isinstance(node, ast.Name) and node.id == "dispose_object":
                callers.append(str(path.relative_to(ROOT)))
    assert sorted(set(callers)) == ["archive_core/disposal.py"], callers


def test_vault_deletes_only_its_temp_files_outside_disposal() -> None:
    tree = ast.parse((ROOT / "archive_core" / "vault.py").read_text(encoding="utf-8"))
    sites = {(func, call.func.attr if isinstance(call.func, ast.Attribute) else "", receiver)
             for func, call, receiver in _calls(tree)}
    outside = {s for s in sites if s[0] != "dispose_object"}
    assert outside <= VAULT_ALLOWED, outside - VAULT_ALLOWED
    assert ("dispose_object", "unlink", "path") in sites


def test_no_other_code_deletes_or_moves_files_where_it_touches_the_vault() -> None:
    offenders = []
    for path in _sources():
        rel = str(path.relative_to(ROOT))
        if rel == "archive_core/vault.py":
            continue
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        bodies = _functions(tree)
        for func, call, _ in _calls(tree):
            body = bodies.get(func, text)
            if any(word in body for word in VAULT_WORDS):
                offenders.append(f"{rel}:{call.lineno} in {func}: {ast.unparse(call)}")
    assert offenders == []


def test_the_checker_finds_a_deletion_near_the_vault() -> None:
    """The rule above must be able to fail: a planted vault deletion is caught."""
    planted = ast.parse("from shutil import rmtree\n"
                        "def purge(ws, sha):\n    ws.vault.path_of(sha).unlink()\n"
                        "def wipe(ws):\n    rmtree(ws.paths.vault)\n"
                        "def label(name):\n    return name.replace('_', ' ')\n")
    calls = _calls(planted)
    bodies = _functions(planted)
    assert [(f, r) for f, _, r in calls] == [("purge", "ws.vault.path_of(sha)"), ("wipe", "")]
    assert all(any(w in bodies[f] for w in VAULT_WORDS) for f, _, _ in calls)
