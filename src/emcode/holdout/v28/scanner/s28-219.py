import argparse
import ast

ROUTES = [
    {"from": "Shanghai", "to": "Rotterdam", "days": 32},
    {"from": "Santos", "to": "Hamburg", "days": 19},
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ports", help="python list literal, e.g. \"['Hamburg']\"")
    args = ap.parse_args()
    try:
        wanted = ast.literal_eval(args.ports)
    except (ValueError, SyntaxError):
        raise SystemExit("ports must be a list literal")
    if not isinstance(wanted, list):
        raise SystemExit("ports must be a list literal")
    for r in ROUTES:
        if r["to"] in wanted:
            print(r)


if __name__ == "__main__":
    main()
