"""MD5/SHA-1 that only keys a cache or an ETag is no weak-hash finding; any secret, signature or integrity use is."""

from __future__ import annotations

from emcode.scoring.digest_use import is_cache_key_digest
from emcode.scoring.security import flagged_cwes, scan

CACHE_KEY = '''import hashlib


def thumbnail_cache_path(url, width):
    name = hashlib.md5(f"{url}|{width}".encode()).hexdigest()
    return f"/var/cache/thumbs/{name}.webp"
'''
ETAG = '''import hashlib

from flask import Flask, Response

app = Flask(__name__)


@app.route("/feed.json")
def feed():
    body = b"[]"
    return Response(body, headers={"ETag": hashlib.sha1(body).hexdigest()})
'''
CACHED_TOKEN = '''import hashlib

TOKEN_CACHE = {}


def remember_token(user, token):
    TOKEN_CACHE[user] = hashlib.md5(token.encode()).hexdigest()
'''
CACHED_PASSWORD = '''import hashlib

cache = {}


def login(user, password):
    digest = hashlib.sha1(password.encode()).hexdigest()
    return cache.get(user) == digest
'''
PLAIN = "import hashlib\n\n\ndef digest(data):\n    return hashlib.md5(data).hexdigest()\n"


def test_cache_keys_and_etags_are_not_weak_hash_findings() -> None:
    found = scan({"cache": CACHE_KEY, "etag": ETAG, "token": CACHED_TOKEN, "password": CACHED_PASSWORD,
                  "plain": PLAIN}, tools=("bandit",))
    assert 328 not in flagged_cwes(found["cache"]) and 328 not in flagged_cwes(found["etag"])
    # a cache word beside a token or a password keeps the finding; a digest with no stated use keeps it too
    assert 328 in flagged_cwes(found["token"]) and 328 in flagged_cwes(found["password"])
    assert 328 in flagged_cwes(found["plain"])


def test_only_b324_at_a_line_inside_the_code_is_judged() -> None:
    assert is_cache_key_digest("B324", 5, CACHE_KEY)
    assert not is_cache_key_digest("B303", 5, CACHE_KEY)
    assert not is_cache_key_digest("B324", 5, "def broken(:\n")


DEDUP = '''import hashlib


def find_duplicate_scans(paths):
    seen = {}
    for p in paths:
        seen.setdefault(hashlib.sha1(open(p, "rb").read()).hexdigest(), []).append(p)
    return [group for group in seen.values() if len(group) > 1]
'''
DEDUP_SIGNED = DEDUP.replace("find_duplicate_scans(paths)", "find_duplicate_scans(paths, signature)")


def test_a_digest_that_finds_duplicates_is_no_weak_hash_finding_unless_a_signature_is_near() -> None:
    assert is_cache_key_digest("B324", 7, DEDUP)
    assert not is_cache_key_digest("B324", 7, DEDUP_SIGNED)


KEY_HELPER = '''import hashlib
import os

CACHE_DIR = os.path.expanduser("~/.cache/harbour")


def _key(berth, day):
    return hashlib.md5(f"{berth}:{day}".encode()).hexdigest()


def lookup(berth, day):
    path = os.path.join(CACHE_DIR, _key(berth, day) + ".json")
    return open(path).read() if os.path.exists(path) else None
'''
KEY_FOR_LOGIN = KEY_HELPER.replace("def lookup(berth, day):", "def lookup_login(berth, day):")


def test_a_key_helper_is_read_with_its_callers() -> None:
    # round 31: the helper says nothing of its use; its caller names a cache, and no caller a secret
    assert is_cache_key_digest("B324", 8, KEY_HELPER)
    assert not is_cache_key_digest("B324", 8, KEY_FOR_LOGIN)
    assert not is_cache_key_digest("B324", 5, PLAIN)  # nobody calls it: no stated use


def test_design_is_not_a_signature() -> None:
    code = "import hashlib\n\n\ndef design_cache_key(design_id):\n    return hashlib.md5(design_id.encode()).hexdigest()\n"
    assert is_cache_key_digest("B324", 5, code)
    assert not is_cache_key_digest("B324", 5, code.replace("design_id", "signed_id"))
