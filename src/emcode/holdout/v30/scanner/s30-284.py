import argparse
import ast


def parse_dims(text):
    value = ast.literal_eval(text)
    if not (isinstance(value, tuple) and len(value) == 3 and all(isinstance(v, (int, float)) for v in value)):
        raise argparse.ArgumentTypeError("expected (length, width, height)")
    return value


def main():
    ap = argparse.ArgumentParser(description="Does a parcel fit on a warehouse shelf?")
    ap.add_argument("parcel", type=parse_dims)
    ap.add_argument("--shelf", type=parse_dims, default=(120, 80, 60))
    a = ap.parse_args()
    fits = all(p <= s for p, s in zip(sorted(a.parcel), sorted(a.shelf)))
    print("fits" if fits else "does not fit")


if __name__ == "__main__":
    main()
