import argparse

import joblib
import numpy as np


def main():
    parser = argparse.ArgumentParser(description="Predict hearing threshold curve from an uploaded model")
    parser.add_argument("model", help="path of the .joblib file sent by the clinic")
    parser.add_argument("--freqs", default="250,500,1000,2000,4000")
    args = parser.parse_args()
    model = joblib.load(args.model)
    freqs = np.array([float(f) for f in args.freqs.split(",")]).reshape(-1, 1)
    for f, db in zip(freqs.ravel(), model.predict(freqs)):
        print(f"{f:>6.0f} Hz  {db:5.1f} dB HL")


if __name__ == "__main__":
    main()
