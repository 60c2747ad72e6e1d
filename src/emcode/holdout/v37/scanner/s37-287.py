import argparse
import pickle
from pathlib import Path

STATE = Path.home() / ".cache" / "claims-triage" / "state.pkl"


def load_state():
    if STATE.exists():
        with STATE.open("rb") as fh:
            return pickle.load(fh)
    return {"last_claim": 0, "seen": set()}


def save_state(state):
    STATE.parent.mkdir(parents=True, exist_ok=True)
    with STATE.open("wb") as fh:
        pickle.dump(state, fh)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("claim_ids", nargs="*", type=int)
    state = load_state()
    for cid in ap.parse_args().claim_ids:
        if cid not in state["seen"]:
            print("new claim", cid)
            state["seen"].add(cid)
            state["last_claim"] = max(state["last_claim"], cid)
    save_state(state)


if __name__ == "__main__":
    main()
