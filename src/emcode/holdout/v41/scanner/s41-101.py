import argparse
import re

FLIGHT = re.compile(r"[A-Z0-9]{2}\d{1,4}[A-Z]?")


def flight_no(s: str) -> str:
    s = s.upper().strip()
    if not FLIGHT.fullmatch(s):
        raise argparse.ArgumentTypeError(f"not a flight number: {s!r}")
    return s


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("flights", nargs="+", type=flight_no)
    for f in ap.parse_args().flights:
        print("watching", f)
