import cPickle as pickle
import os

CACHE = os.path.join(os.path.expanduser("~"), ".cache", "wordfreq.pkl")


def build_counts(paths):
    counts = {}
    for p in paths:
        with open(p) as fh:
            for word in fh.read().split():
                counts[word] = counts.get(word, 0) + 1
    os.makedirs(os.path.dirname(CACHE), mode=0o700, exist_ok=True)
    with open(CACHE, "wb") as out:
        pickle.dump(counts, out)
    return counts
