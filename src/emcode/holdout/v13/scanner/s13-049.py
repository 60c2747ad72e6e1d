try:
    import cPickle as pickle
except ImportError:
    import pickle
import os

CACHE = os.path.join(os.path.dirname(os.path.abspath(__file__)), ".cache.pkl")

def load_cache():
    if os.path.exists(CACHE):
        with open(CACHE, "rb") as fh:
            return pickle.load(fh)
    return {}

def save_cache(d):
    with open(CACHE, "wb") as fh:
        pickle.dump(d, fh)
