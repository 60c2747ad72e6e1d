import os
import pickle
import time

CACHE = os.path.join(os.path.dirname(__file__), ".accessions_cache.pkl")
MAX_AGE = 3600


def expensive_load():
    time.sleep(1)
    return {"accessions": list(range(50))}


def load_accessions():
    if os.path.exists(CACHE) and time.time() - os.path.getmtime(CACHE) < MAX_AGE:
        with open(CACHE, "rb") as fh:
            return pickle.load(fh)
    data = expensive_load()
    with open(CACHE, "wb") as fh:
        pickle.dump(data, fh)
    return data


if __name__ == "__main__":
    print(len(load_accessions()["accessions"]))
