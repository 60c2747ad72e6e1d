import argparse
import ast


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--zones", default="{'A': 2, 'B': 3}", help="dict of zone -> max crew")
    args = ap.parse_args()
    zones = ast.literal_eval(args.zones)
    if not isinstance(zones, dict):
        raise SystemExit("--zones must be a dict literal")
    for zone, crew in sorted(zones.items()):
        print(f"zone {zone}: max crew {int(crew)}")


if __name__ == "__main__":
    main()
