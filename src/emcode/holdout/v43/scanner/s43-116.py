import os

import dill
import numpy as np

STATE = os.path.expanduser("~/.cache/gymforecast/state.dill")


def fit(history):
    x = np.arange(len(history))
    slope, intercept = np.polyfit(x, history, 1)
    return lambda t: slope * t + intercept


def main():
    if os.path.exists(STATE):
        with open(STATE, "rb") as fh:
            model = dill.load(fh)
    else:
        model = fit([410, 432, 455, 470, 498, 510])
        os.makedirs(os.path.dirname(STATE), mode=0o700, exist_ok=True)
        with open(STATE, "wb") as fh:
            dill.dump(model, fh)
    print("expected check-ins next week:", round(model(6)))


if __name__ == "__main__":
    main()
