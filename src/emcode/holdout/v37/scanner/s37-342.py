import os
import pickle
import time

CACHE_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), ".roster_cache.pkl")
MAX_AGE = 3600


def build_roster():
    # expensive: pretend this walks the whole membership database
    return {"soprano": ["Ana", "Mei"], "tenor": ["Jon"], "bass": ["Olu", "Sam"]}


def load_roster():
    if os.path.exists(CACHE_PATH) and time.time() - os.path.getmtime(CACHE_PATH) < MAX_AGE:
        with open(CACHE_PATH, "rb") as fh:
            return pickle.load(fh)
    roster = build_roster()
    with open(CACHE_PATH, "wb") as fh:
        pickle.dump(roster, fh)
    return roster


if __name__ == "__main__":
    for section, names in load_roster().items():
        print(section, ", ".join(names))
