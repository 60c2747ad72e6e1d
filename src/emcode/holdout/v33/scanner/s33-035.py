import pickle as pk
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def count_words(path):
    text = Path(path).read_text(encoding="utf-8")
    return path, len(text.split())


def main(paths, out="wordcounts.bin"):
    with ProcessPoolExecutor() as pool:
        results = dict(pool.map(count_words, paths))
    with open(out, "wb") as fh:
        pk.dump(results, fh)
    print(f"counted {len(results)} lesson files")


if __name__ == "__main__":
    import glob
    main(sorted(glob.glob("lessons/*.txt")))
