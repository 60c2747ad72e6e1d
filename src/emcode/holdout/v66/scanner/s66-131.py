import argparse
from pathlib import Path

import joblib
from sklearn.linear_model import LogisticRegression

MODEL_PATH = Path(__file__).parent / "models" / "no_show.joblib"


def train(X, y):
    model = LogisticRegression(max_iter=500).fit(X, y)
    MODEL_PATH.parent.mkdir(exist_ok=True)
    joblib.dump(model, MODEL_PATH)


def predict(age, missed):
    return joblib.load(MODEL_PATH).predict_proba([[age, missed]])[0][1]


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("age", type=int)
    ap.add_argument("missed", type=int)
    a = ap.parse_args()
    print(f"{predict(a.age, a.missed):.2f}")
