"""Files the program itself owns: paths built only from literals, ``__file__``, the home (or an XDG or platformdirs)
folder, constant tables and digests.

Parsing XML or unpickling such a file is not parsing input: whoever could rewrite it could rewrite the code. The
scanner drops findings whose file argument is one (:func:`is_own_xml_file`, :func:`is_own_pickle_file`).
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from emcode.scoring.security import Finding

# Names a path to a file shipped with the app may be built from (Path(__file__).with_name("x.xml")).
_OWN_PATH_NAMES = frozenset({"__file__", "Path", "PurePath", "pathlib", "os", "open", "str"})
_RESOURCE_MODULES = ("importlib.resources", "importlib_resources")
# platformdirs / appdirs: the running user's own cache, data, config, state and log folders, as Path.home() is
_USER_DIR_FUNCS = frozenset(f"{who}_{what}_{kind}" for who in ("user", "site") for kind in ("dir", "path")
                            for what in ("cache", "data", "config", "state", "log", "runtime"))
# a digest names a file with hex characters only: joined to an own folder it stays inside it, whatever was hashed
_DIGEST_ATTRS = frozenset({"hexdigest", "digest"})
_OUTSIDE_INPUT_ATTRS = frozenset({"environ", "getenv", "argv", "stdin"})
# world-writable folders: any local user can plant a file there
_SHARED_FOLDERS = ("/tmp", "/var/tmp", "/dev/shm")
# Bandit's stdlib XML parse tests (lxml is left to B320 and the Semgrep rules).
_XML_CALL_TESTS = frozenset({"B313", "B314", "B315", "B316", "B317", "B318", "B319"})
_XML_PARSERS = frozenset({"parse", "iterparse", "fromstring", "fromstringlist", "XML", "parseString"})
_PICKLE_RULES = frozenset({"emcode.cwe-502.pickle-family-load", "B301"})
_PICKLE_LOADS = frozenset({"load", "loads", "Unpickler", "read_pickle", "open", "DbfilenameShelf"})


def _is_table_lookup(node: ast.expr, own: set[str]) -> bool:
    """``TABLE[key]`` or ``TABLE.get(key[, own default])`` on a table only ever bound to own values."""
    if isinstance(node, ast.Subscript):
        return isinstance(node.value, ast.Name) and node.value.id in own
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get"
            and isinstance(node.func.value, ast.Name) and node.func.value.id in own
            and all(_is_own_path(a, own) for a in node.args[1:]))


def _is_user_base_folder(node: ast.AST, own: set[str]) -> bool:
    """``os.environ.get("XDG_CACHE_HOME", fallback)``, ``os.getenv("XDG_DATA_HOME")`` or ``os.environ["XDG_..."]``:
    the XDG variables name the running user's own folders, as ``Path.home()`` does."""
    if isinstance(node, ast.Subscript):
        key, rest = node.slice, []
    elif isinstance(node, ast.Call) and _call_name(node) in ("get", "getenv") and node.args:
        key, rest = node.args[0], node.args[1:]
    else:
        return False
    return (isinstance(key, ast.Constant) and isinstance(key.value, str)
            and key.value.startswith("XDG_") and key.value.endswith("_HOME")
            and all(_is_own_path(a, own) for a in rest))


def _is_own_path(node: ast.AST, own: set[str]) -> bool:
    """Whether ``node`` is built only from literals, ``__file__``, path helpers, own names and lookups in own tables."""
    if isinstance(node, ast.expr) and _is_table_lookup(node, own):
        return True  # whatever the key, the value is one of the table's own entries (or a KeyError)
    if _is_user_base_folder(node, own):
        return True
    if isinstance(node, ast.Call) and _call_name(node) in _DIGEST_ATTRS and isinstance(node.func, ast.Attribute):
        return True  # hashlib.md5(str(csv_path).encode()).hexdigest()
    if isinstance(node, ast.Call) and _call_name(node) in _USER_DIR_FUNCS:
        return all(_is_own_path(a, own) for a in [*node.args, *(k.value for k in node.keywords)])
    if isinstance(node, ast.Name):
        return node.id in _OWN_PATH_NAMES or node.id in own
    if isinstance(node, ast.Attribute) and node.attr in _OUTSIDE_INPUT_ATTRS:
        return False
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith(_SHARED_FOLDERS):
        return False
    return all(_is_own_path(child, own) for child in ast.iter_child_nodes(node))


def _resource_modules(tree: ast.Module) -> set[str]:
    """Names the code imports ``importlib.resources`` (or its ``files``) under: files read through them ship inside
    the package (``resources.files("app").joinpath("model.pkl")``)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.asname for a in node.names if a.asname and a.name in _RESOURCE_MODULES)
        elif isinstance(node, ast.ImportFrom) and node.module in ("importlib", *_RESOURCE_MODULES):
            names.update(a.asname or a.name for a in node.names if a.name in ("resources", "files"))
    return names


def own_path_names(tree: ast.Module) -> set[str]:
    """Names every binding of which is an own-file path (parameters, loop and ``with`` targets never are)."""
    values: dict[str, list[ast.expr]] = {}
    rebound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            values.setdefault(node.targets[0].id, []).append(node.value)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            values.setdefault(node.target.id, []).append(node.value)
        elif isinstance(node, ast.arguments):
            rebound.update(a.arg for a in node.posonlyargs + node.args + node.kwonlyargs)
        elif isinstance(node, (ast.Assign, ast.For, ast.AsyncFor, ast.withitem, ast.AugAssign, ast.NamedExpr)):
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.optional_vars if isinstance(node, ast.withitem) else node.target]
            rebound.update(n.id for t in targets if t is not None for n in ast.walk(t) if isinstance(n, ast.Name))
    own = _resource_modules(tree)
    changed = True
    while changed:
        changed = False
        for name, exprs in values.items():
            if name not in own and name not in rebound and all(_is_own_path(e, own) for e in exprs):
                own.add(name)
                changed = True
    return own


def _parse(code: str) -> ast.Module | None:
    try:
        return ast.parse(code)
    except (SyntaxError, ValueError):
        return None


def _call_name(call: ast.Call) -> str:
    return call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")


def is_own_xml_file(finding: Finding, code: str) -> bool:
    """Whether a stdlib XML parse finding (B313-B319) reads a file shipped with the app, not user input.

    The parsed source must be a literal, a path built from ``__file__``, or a name only ever bound to one.
    """
    if finding.tool != "bandit" or finding.rule_id not in _XML_CALL_TESTS:
        return False
    tree = _parse(code)
    if tree is None:
        return False
    own = own_path_names(tree)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and n.lineno == finding.line
             and _call_name(n) in _XML_PARSERS]
    sources = [(c.args[:1] or [k.value for k in c.keywords if k.arg == "source"]) for c in calls]
    return bool(calls) and all(src and _is_own_path(src[0], own) for src in sources)


def _opened_path(arg: ast.expr, with_targets: dict[str, ast.expr]) -> ast.expr | None:
    """The path behind a loader's argument: ``fh`` of ``with open(P) as fh``, ``open(P)``, ``P.open()``, or ``P``."""
    if isinstance(arg, ast.Name) and arg.id in with_targets:
        arg = with_targets[arg.id]
    if isinstance(arg, ast.Call) and _call_name(arg) == "open":
        if isinstance(arg.func, ast.Attribute) and arg.func.attr == "open" and not (
                isinstance(arg.func.value, ast.Name) and arg.func.value.id in ("io", "builtins")):
            return arg.func.value  # Path(...).open("rb")
        return arg.args[0] if arg.args else None
    return arg


_LISTINGS = frozenset({"glob", "rglob", "iterdir", "listdir", "scandir"})
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _runs_over_own(it: ast.expr, own: set[str]) -> bool:
    """Whether a loop runs over the entries of an own folder (``MODEL_DIR.glob("*")``) or a constant collection."""
    if isinstance(it, ast.Call) and _call_name(it) in _LISTINGS:
        if isinstance(it.func, ast.Attribute) and _call_name(it) in ("glob", "rglob", "iterdir"):
            return _is_own_path(it.func.value, own)
        return bool(it.args) and _call_name(it) in ("listdir", "scandir") and _is_own_path(it.args[0], own)
    if isinstance(it, (ast.Tuple, ast.List, ast.Set)):
        return _is_own_path(it, own)
    return isinstance(it, ast.Name) and it.id in own


def _listed_entries(tree: ast.Module, own: set[str]) -> set[str]:
    """Loop and comprehension names that run over the entries of an own folder (``for p in MODEL_DIR.glob("*")``)
    or of a constant collection (``for name in ("churn", "fraud")``): each is as much the program's own as what it
    runs over; a name also bound elsewhere (or a parameter) is left out."""
    targets: dict[str, list[bool]] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.comprehension, ast.For, ast.AsyncFor)) and isinstance(node.target, ast.Name):
            targets.setdefault(node.target.id, []).append(_runs_over_own(node.iter, own))
    stores = [n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)]
    params = {a.arg for n in ast.walk(tree) if isinstance(n, ast.arguments)
              for a in n.posonlyargs + n.args + n.kwonlyargs}
    return {name for name, flags in targets.items()
            if all(flags) and stores.count(name) == len(flags) and name not in params}


def _comprehension_entries(tree: ast.Module, call: ast.Call, own: set[str]) -> set[str]:
    """Targets of the comprehensions around ``call`` that run over own entries: a comprehension's name is its own,
    whatever other scopes call a variable by the same name."""
    names: set[str] = set()
    for comp in ast.walk(tree):
        if isinstance(comp, _COMPREHENSIONS) and any(n is call for n in ast.walk(comp)):
            names.update(g.target.id for g in comp.generators
                         if isinstance(g.target, ast.Name) and _runs_over_own(g.iter, own))
    return names


def _with_targets(tree: ast.Module, line: int) -> dict[str, ast.expr]:
    """Handle name → opened expression of the ``with`` blocks around ``line``, the innermost one winning: ``fh`` of
    the ``with open(P, "rb") as fh`` that holds the load, though the same name also names the file being written."""
    blocks = sorted((node for node in ast.walk(tree) if isinstance(node, ast.With | ast.AsyncWith)
                     and node.lineno <= line <= (node.end_lineno or node.lineno)), key=lambda node: node.lineno)
    return {item.optional_vars.id: item.context_expr for block in blocks for item in block.items
            if isinstance(item.optional_vars, ast.Name)}


def is_own_pickle_file(finding: Finding, code: str) -> bool:
    """Whether an unpickling finding loads a file at a path the program fixed (``MODEL_DIR / MODELS[name]``).

    Every load call on the finding's line must read from a literal path, a constant folder joined with a literal
    or a constant-table entry, ``__file__``, or a name only ever bound to one of those.
    """
    if finding.rule_id not in _PICKLE_RULES:
        return False
    tree = _parse(code)
    if tree is None:
        return False
    own = own_path_names(tree)
    own |= _listed_entries(tree, own)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and n.lineno == finding.line
             and _call_name(n) in _PICKLE_LOADS]
    paths = [(_opened_path(c.args[0], _with_targets(tree, c.lineno)) if c.args else None, c) for c in calls]
    return bool(calls) and all(p is not None and _is_own_path(p, own | _comprehension_entries(tree, c, own))
                               for p, c in paths)
