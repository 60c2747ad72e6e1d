import json
import logging
import sys

log = logging.getLogger("tagger")
logging.basicConfig(stream=sys.stderr, level=logging.INFO)


def main():
    for n, line in enumerate(sys.stdin, 1):
        rec = json.loads(line)
        species = rec.get("species", "")
        if species not in ("deer", "fox", "badger", "boar"):
            log.warning("unknown species %s from camera %s", species, rec.get("camera"))
            continue
        print(f"{rec['ts']}\t{rec['camera']}\t{species}")


if __name__ == "__main__":
    main()
