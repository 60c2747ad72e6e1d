import re

import httpx

_ISBN = re.compile(r"\d{9}[\dXx]|\d{13}")


def fetch_cover(isbn):
    if not _ISBN.fullmatch(isbn):
        raise ValueError("not an ISBN")
    url = f"https://covers.openlibrary.org/b/isbn/{isbn}-M.jpg"
    r = httpx.get(url, timeout=8.0)
    r.raise_for_status()
    return r.content
