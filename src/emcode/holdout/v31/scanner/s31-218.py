import argparse

import yaml


def main():
    ap = argparse.ArgumentParser(description="Print the gate staff roster")
    ap.add_argument("roster", type=argparse.FileType("r"))
    args = ap.parse_args()
    roster = yaml.safe_load(args.roster) or {}
    for gate, staff in sorted(roster.get("gates", {}).items()):
        names = ", ".join(str(s) for s in staff)
        print(f"Gate {gate}: {names}")


if __name__ == "__main__":
    main()
