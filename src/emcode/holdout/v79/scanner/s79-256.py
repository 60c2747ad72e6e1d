try:
    import cPickle as pickle
except ImportError:
    import pickle

import argparse
import os

STATE_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "planner_state.pkl")


def save(state):
    tmp = STATE_FILE + ".new"
    with open(tmp, "wb") as fh:
        pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, STATE_FILE)


def load():
    if not os.path.exists(STATE_FILE):
        return {"lessons": []}
    with open(STATE_FILE, "rb") as fh:
        return pickle.load(fh)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("lesson")
    a = ap.parse_args()
    st = load()
    st["lessons"].append(a.lesson)
    save(st)
    print(len(st["lessons"]), "lessons")
