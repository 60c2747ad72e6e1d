import argparse
import json
from pathlib import Path

STATE = Path.home() / ".rink_rentals.json"


def load():
    return json.loads(STATE.read_text()) if STATE.exists() else {}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("skate_size", type=int)
    ap.add_argument("--return", dest="ret", action="store_true")
    a = ap.parse_args()
    stock = load()
    key = str(a.skate_size)
    stock[key] = stock.get(key, 10) + (1 if a.ret else -1)
    STATE.write_text(json.dumps(stock))
    print(key, stock[key])


if __name__ == "__main__":
    main()
