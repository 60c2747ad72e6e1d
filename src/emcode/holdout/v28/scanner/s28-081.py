import argparse
import pickle
from pathlib import Path

from sklearn.linear_model import LogisticRegression

OUT = Path("artifacts")


def train(rows):
    X = [[r["lessons"], r["gaps"], r["late_finishes"]] for r in rows]
    y = [r["complaint"] for r in rows]
    model = LogisticRegression().fit(X, y)
    OUT.mkdir(exist_ok=True)
    with open(OUT / "complaints.pkl", "wb") as fh:
        pickle.dump(model, fh)


def score(lessons, gaps, late):
    with open(OUT / "complaints.pkl", "rb") as fh:
        model = pickle.load(fh)
    return model.predict_proba([[lessons, gaps, late]])[0][1]


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("lessons", type=int)
    ap.add_argument("gaps", type=int)
    ap.add_argument("late", type=int)
    a = ap.parse_args()
    print(f"{score(a.lessons, a.gaps, a.late):.2f}")
