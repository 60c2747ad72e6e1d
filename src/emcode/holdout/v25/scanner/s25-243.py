try:
    import cPickle as pickle
except ImportError:
    import pickle
import os

CACHE = os.path.join(os.path.expanduser("~"), ".cache", "tm-index")


def load_index():
    path = os.path.join(CACHE, "index.pkl")
    if not os.path.exists(path):
        return None
    with open(path, "rb") as fh:
        return pickle.load(fh)


def save_index(index):
    os.makedirs(CACHE, mode=0o700, exist_ok=True)
    fd = os.open(os.path.join(CACHE, "index.pkl"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(index, fh)
