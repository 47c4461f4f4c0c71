"""Art. 27: nothing but an approved disposal removes a vault object. Reads the source of the whole program."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("archive_core", "ui", "models", "disc_burning")
DELETING = {"unlink", "remove", "rmtree", "rmdir", "removedirs", "rename", "replace", "move", "truncate"}
# A deleted path derived from any of these is (or may be) a vault object.
VAULT_WORDS = ("path_of", "vault", "open_object", ".objects")
# Inside the vault, only temp files of an unfinished copy and the records of puts may be deleted, and put_stream
# renames a finished one into place (never over an existing object: it checks first).
VAULT_ALLOWED = {("sweep_temp", "unlink", "entry"), ("put_stream", "unlink", "tmp"),
                 ("put_stream", "rename", "os"),
                 # the record of a put (a small file in tmp/, never an object): when the rename fails, and once settled
                 ("put_stream", "unlink", "intent"), ("settle", "unlink", "intent"),
                 # a repair: its temp file, and the verified copy renamed over a damaged object once that object
                 # is linked into the quarantine (kept, not deleted)
                 ("restore_object", "unlink", "tmp"), ("restore_object", "rename", "os")}


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


def _functions(tree: ast.AST) -> dict[str, ast.AST]:
    return {n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}


def _bindings(func: ast.AST) -> dict[str, list[str]]:
    """Each local name and the expressions it is bound from (assignments, loops, with-targets)."""
    out: dict[str, list[str]] = {}

    def bind(target: ast.AST, value: ast.AST) -> None:
        for node in ast.walk(target):
            if isinstance(node, ast.Name):
                out.setdefault(node.id, []).append(ast.unparse(value))

    for node in ast.walk(func):
        if isinstance(node, ast.Assign):
            for t in node.targets:
                bind(t, node.value)
        elif isinstance(node, ast.AnnAssign | ast.AugAssign | ast.NamedExpr) and node.value is not None:
            bind(node.target, node.value)
        elif isinstance(node, ast.For | ast.AsyncFor | ast.comprehension):
            bind(node.target, node.iter)
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            bind(node.optional_vars, node.context_expr)
    return out


def _from_vault(expr: str, bindings: dict[str, list[str]], depth: int = 0) -> bool:
    if any(w in expr for w in VAULT_WORDS):
        return True
    if depth > 5:
        return False
    return any(_from_vault(src, bindings, depth + 1) for name in set(re.findall(r"[A-Za-z_]\w*", expr))
               for src in bindings.get(name, ()))


def _target(call: ast.Call, receiver: str) -> str:
    """What the call deletes or moves: the receiver (unless it is the os/shutil module) and the arguments."""
    parts = [] if receiver in ("os", "shutil", "") else [receiver]
    return " ".join(parts + [ast.unparse(a) for a in call.args])


def test_only_the_disposal_service_calls_the_vault_removal() -> None:
    callers = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "dispose_object":
                callers.append(str(path.relative_to(ROOT)))
            if isinstance(node, ast.Name) and node.id == "dispose_object":
                callers.append(str(path.relative_to(ROOT)))
    assert sorted(set(callers)) == ["archive_core/retention/disposal.py"], callers


def test_vault_deletes_only_its_temp_files_outside_disposal() -> None:
    tree = ast.parse((ROOT / "archive_core" / "spine" / "vault" / "store.py").read_text(encoding="utf-8"))
    sites = {(func, call.func.attr if isinstance(call.func, ast.Attribute) else "", receiver)
             for func, call, receiver in _calls(tree)}
    outside = {s for s in sites if s[0] != "dispose_object"}
    assert outside <= VAULT_ALLOWED, outside - VAULT_ALLOWED
    assert ("dispose_object", "unlink", "path") in sites


def test_no_other_code_deletes_or_moves_vault_paths() -> None:
    offenders = []
    for path in _sources():
        rel = str(path.relative_to(ROOT))
        if rel == "archive_core/spine/vault/store.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        funcs = _functions(tree)
        for func, call, receiver in _calls(tree):
            scope = funcs.get(func, tree)
            body = ast.unparse(scope)
            # Deleting a path that comes from the vault, or anything at all in code that builds vault paths.
            if _from_vault(_target(call, receiver), _bindings(scope)) or "path_of(" in body:
                offenders.append(f"{rel}:{call.lineno} in {func}: {ast.unparse(call)}")
    assert offenders == []


def test_the_checker_finds_a_deletion_near_the_vault() -> None:
    """The rule above must be able to fail: planted vault deletions are caught, other deletions are not."""
    planted = ast.parse("from shutil import rmtree\n"
                        "def purge(ws, sha):\n    ws.vault.path_of(sha).unlink()\n"
                        "def wipe(ws):\n    rmtree(ws.paths.vault)\n"
                        "def indirect(ws, shas):\n    for sha in shas:\n        p = ws.vault.path_of(sha)\n"
                        "        p.unlink()\n"
                        "def temp(tmp_dir):\n    for part in tmp_dir.glob('*.part'):\n        part.unlink()\n"
                        "def label(name):\n    return name.replace('_', ' ')\n")
    funcs = _functions(planted)
    found = {f: _from_vault(_target(c, r), _bindings(funcs[f])) for f, c, r in _calls(planted)}
    assert found == {"purge": True, "wipe": True, "indirect": True, "temp": False}
