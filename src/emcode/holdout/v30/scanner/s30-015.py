import argparse

TEMPLATE = "Dear {name},\nYour {car} is booked from {start} to {end} at our {branch} branch.\n"


def main():
    ap = argparse.ArgumentParser()
    for f in ("name", "car", "start", "end", "branch"):
        ap.add_argument(f"--{f}", required=True)
    a = ap.parse_args()
    print(TEMPLATE.format(name=a.name, car=a.car, start=a.start, end=a.end, branch=a.branch))


if __name__ == "__main__":
    main()
