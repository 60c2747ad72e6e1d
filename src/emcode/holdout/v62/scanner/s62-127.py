import logging
import sys
import unicodedata

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("import")


def printable(s):
    return "".join(ch if unicodedata.category(ch)[0] != "C" else "?" for ch in s)


def main(paths):
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            n = sum(1 for _ in fh)
        log.info("imported %s (%d lines)", printable(p), n)


if __name__ == "__main__":
    main(sys.argv[1:])
