import logging
import sys

log = logging.getLogger("tagger")
logging.basicConfig(stream=sys.stderr, level=logging.INFO)


def main():
    for n, line in enumerate(sys.stdin, 1):
        fields = line.rstrip("\n").split(",")
        if len(fields) != 3:
            log.warning("line %d: expected 3 fields, got %d", n, len(fields))
            continue
        cam, ts, species = fields
        print(f"{ts}\t{cam}\t{species.lower()}")


if __name__ == "__main__":
    main()
