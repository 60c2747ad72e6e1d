import argparse
import yaml


def main() -> None:
    ap = argparse.ArgumentParser(description="Validate a cold-chain route file")
    ap.add_argument("route")
    args = ap.parse_args()
    with open(args.route, encoding="utf-8") as fh:
        route = yaml.load(fh, Loader=yaml.SafeLoader)
    stops = route.get("stops", [])
    bad = [s for s in stops if not 2 <= float(s.get("max_c", 8)) <= 8]
    print(f"{len(stops)} stops, {len(bad)} outside 2-8 °C")


if __name__ == "__main__":
    main()
