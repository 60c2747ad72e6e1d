import shelve
from pathlib import Path

import requests

CACHE = str(Path.home() / ".cache" / "openlibrary_titles")


def title_for(isbn: str) -> str:
    with shelve.open(CACHE) as db:
        if isbn in db:
            return db[isbn]
        r = requests.get("https://openlibrary.org/api/books",
                         params={"bibkeys": f"ISBN:{isbn}", "format": "json", "jscmd": "data"},
                         timeout=10)
        r.raise_for_status()
        title = r.json().get(f"ISBN:{isbn}", {}).get("title", "?")
        db[isbn] = title
        return title


if __name__ == "__main__":
    import sys
    for code in sys.argv[1:]:
        print(code, title_for(code))
