"""Whether a weak-digest finding (MD5/SHA-1, Bandit B324) sits in code that uses the digest as a cache key or an ETag.

Bandit flags every ``hashlib.md5``/``sha1`` without ``usedforsecurity=False``. A digest that names a cache entry,
an HTTP ETag, a thumbnail, a shard or a duplicate protects nothing: a collision costs a cache miss, not a forged
login (dedup, thumbnail, shard and bucket added in round 26 from v39). Blind writers label such
code secure (v28/v29: four of five secure files B324 alone flagged), while every vulnerable use in v1–v29 hashes
a password, a token, a signature or a file whose integrity is checked. So the finding is dropped only where the
function that holds it (or the statement, at module level) speaks of a cache or an ETag and of no secret,
signature or integrity check. A helper that only computes the key ("def _key(station, day): return md5(...)") is
read with the functions of the same module that call it (round 31, from v33 and v55): dropped when a caller speaks of
a cache and none of them, nor the helper, of a secret.
"""

from __future__ import annotations

import ast
import re

_CACHE_USE = re.compile(r"cache|etag|e_tag|if-none-match|dedup|duplicate|dupes|thumb|shard|bucket", re.IGNORECASE)
_SECURITY_USE = re.compile(
    r"pass(?:word|wd|phrase)|\bpw\b|pwd|\bpin\b|secret|token|(?<![a-z])sign|\bsig\b|auth|session|\botp\b|nonce|salt|"
    r"credential|api_?key|hmac|\bmac\b|verif|login|trust|approv|integrity|checksum|expected|firmware|tamper",
    re.IGNORECASE)


def _enclosing(tree: ast.Module, line: int) -> ast.stmt | None:
    """The innermost function holding ``line``, else the module-level statement holding it."""
    holders = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
               and node.lineno <= line <= (node.end_lineno or node.lineno)]
    best: ast.stmt | None = max(holders, key=lambda node: node.lineno) if holders else None
    if best is None:
        best = next((s for s in tree.body if s.lineno <= line <= (s.end_lineno or s.lineno)), None)
    return best


def _callers(tree: ast.Module, name: str) -> list[ast.stmt]:
    """The functions (or module-level statements) of the module that call ``name`` by its bare name."""
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
             and isinstance(node.func, ast.Name) and node.func.id == name]
    return [holder for call in calls if (holder := _enclosing(tree, call.lineno)) is not None]


def is_cache_key_digest(rule_id: str, line: int, code: str) -> bool:
    """Whether a B324 finding at ``line`` hashes for a cache key or an ETag only (see the module docstring)."""
    if rule_id != "B324":
        return False
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return False
    holder = _enclosing(tree, line)
    if holder is None:
        return False
    source = ast.get_source_segment(code, holder) or ""
    if _SECURITY_USE.search(source):
        return False
    if _CACHE_USE.search(source):
        return True
    if not isinstance(holder, ast.FunctionDef | ast.AsyncFunctionDef):
        return False
    callers = [ast.get_source_segment(code, c) or "" for c in _callers(tree, holder.name)]
    return (any(_CACHE_USE.search(c) for c in callers)
            and not any(_SECURITY_USE.search(c) for c in callers))
