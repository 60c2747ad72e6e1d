import os
import sys

import dill

STATE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sim_state.dill")


def simulate(days, state=None):
    state = state or {"day": 0, "soil": 0.35, "log": []}
    for _ in range(days):
        state["day"] += 1
        state["soil"] = max(0.0, state["soil"] - 0.03)
        if state["soil"] < 0.2:
            state["soil"] += 0.15
            state["log"].append(state["day"])
    return state


if __name__ == "__main__":
    prev = None
    if os.path.exists(STATE):
        with open(STATE, "rb") as fh:
            prev = dill.load(fh)
    st = simulate(int(sys.argv[1]) if len(sys.argv) > 1 else 7, prev)
    with open(STATE, "wb") as fh:
        dill.dump(st, fh)
    print("irrigated on days", st["log"])
