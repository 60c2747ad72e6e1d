import pickle
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).parent / "data"
INDEX = DATA / "conjugation.idx"


def build_index():
    idx = defaultdict(list)
    for line in (DATA / "verbs.tsv").read_text(encoding="utf-8").splitlines():
        infinitive, tense, person, form = line.split("\t")
        idx[form].append((infinitive, tense, person))
    with INDEX.open("wb") as fh:
        pickle.dump(dict(idx), fh, protocol=pickle.HIGHEST_PROTOCOL)


def lookup(form):
    if not INDEX.exists():
        build_index()
    with INDEX.open("rb") as fh:
        return pickle.load(fh).get(form, [])


if __name__ == "__main__":
    import sys
    for hit in lookup(sys.argv[1]):
        print(*hit)
