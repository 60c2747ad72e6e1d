import argparse
from pathlib import Path

import dill

SESSION = Path(__file__).resolve().parent / ".analysis_session.pkl"


def main():
    ap = argparse.ArgumentParser(description="save or restore my dispensing analysis session")
    ap.add_argument("action", choices=["save", "restore"])
    ns = ap.parse_args()
    if ns.action == "save":
        import analysis
        dill.dump_module(str(SESSION), module=analysis)
        print("saved")
    else:
        mod = dill.load_module(str(SESSION))
        print("restored", len(vars(mod)), "names")


if __name__ == "__main__":
    main()
