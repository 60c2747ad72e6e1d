import argparse
from pathlib import Path

import dill

STATE = Path(".herdsim") / "checkpoint.dill"


def step(state):
    state["t"] += 1
    state["positions"] = [(x + 1, y) for x, y in state["positions"]]
    return state


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=10)
    a = ap.parse_args()
    if STATE.exists():
        state = dill.loads(STATE.read_bytes())
    else:
        state = {"t": 0, "positions": [(0, 0), (5, 3)]}
    for _ in range(a.steps):
        state = step(state)
    STATE.parent.mkdir(mode=0o700, exist_ok=True)
    STATE.write_bytes(dill.dumps(state))
    print("t =", state["t"])


if __name__ == "__main__":
    main()
