import argparse
import os

import joblib
import numpy as np
from sklearn.linear_model import LinearRegression

MODEL = os.path.join(os.path.dirname(__file__), "artifacts", "water_model.joblib")


def train():
    X = np.array([[18, 40], [25, 30], [30, 20], [22, 35]])
    y = np.array([10, 18, 26, 14])
    model = LinearRegression().fit(X, y)
    os.makedirs(os.path.dirname(MODEL), exist_ok=True)
    joblib.dump(model, MODEL)


def predict(temp, moisture):
    model = joblib.load(MODEL)
    return float(model.predict([[temp, moisture]])[0])


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", action="store_true")
    ap.add_argument("--temp", type=float, default=24)
    ap.add_argument("--moisture", type=float, default=30)
    a = ap.parse_args()
    if a.train:
        train()
    print(f"{predict(a.temp, a.moisture):.1f} litres per tree")
