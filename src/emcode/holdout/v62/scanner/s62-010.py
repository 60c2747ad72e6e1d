import argparse
import subprocess


def main():
    p = argparse.ArgumentParser(description="Ping every lighthouse telemetry box")
    p.add_argument("host")
    p.add_argument("--count", type=int, default=3)
    args = p.parse_args()
    out = subprocess.run(["ping", "-c", str(args.count), "--", args.host], capture_output=True, text=True)
    print(out.stdout)


if __name__ == "__main__":
    main()
