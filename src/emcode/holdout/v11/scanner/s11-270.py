import re
from urllib.parse import urlparse

MIRRORS = ["pypi.mirror.lan", "files.mirror.lan"]
MIRROR_RES = [re.compile(re.escape(m)) for m in MIRRORS]


def is_mirror(url: str) -> bool:
    host = urlparse(url).hostname or ""
    return any(rx.fullmatch(host) for rx in MIRROR_RES)


if __name__ == "__main__":
    import sys

    for u in sys.argv[1:]:
        print(u, "ok" if is_mirror(u) else "rejected")
