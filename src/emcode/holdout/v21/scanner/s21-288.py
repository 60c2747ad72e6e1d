import csv
import logging
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("importer")


def import_file(path):
    n = 0
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            n += 1
    log.info("imported %d rows from %r", n, path)
    return n


if __name__ == "__main__":
    for p in sys.argv[1:]:
        import_file(p)
