import argparse
import json


def main():
    ap = argparse.ArgumentParser(description="Apply a gain offset profile")
    ap.add_argument("profile", type=json.loads, help='JSON like {"500": 3, "1000": 5}')
    ap.add_argument("--cap", type=float, default=12.0)
    args = ap.parse_args()
    for freq, gain in sorted(args.profile.items(), key=lambda kv: int(kv[0])):
        print(f"{int(freq):>5} Hz -> {min(float(gain), args.cap):+.1f} dB")


if __name__ == "__main__":
    main()
