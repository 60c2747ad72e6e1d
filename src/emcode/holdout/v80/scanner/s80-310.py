import logging
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("import")


def main(paths):
    ok = 0
    for i, p in enumerate(paths, 1):
        try:
            with open(p, encoding="utf-8") as fh:
                n = sum(1 for _ in fh)
            ok += 1
            log.info("file %d/%d has %d lines", i, len(paths), n)
        except OSError as exc:
            log.error("file %d could not be read: %s", i, exc.strerror)
    print(f"{ok} of {len(paths)} files read")


if __name__ == "__main__":
    main(sys.argv[1:])
