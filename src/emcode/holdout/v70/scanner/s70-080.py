import argparse
from pathlib import Path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default="/var/cache/audioguide")
    opts = ap.parse_args()
    cache = Path(opts.cache)
    cache.mkdir(parents=True, exist_ok=True)
    cache.chmod(0o777)
    print("cache ready at", cache)


if __name__ == "__main__":
    main()
