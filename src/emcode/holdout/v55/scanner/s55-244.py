import subprocess
import sys


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: probe.py FILE...")
    for path in sys.argv[1:]:
        res = subprocess.run(
            "ffprobe -v error -show_entries format=duration -of csv=p=0 " + path,
            shell=True, capture_output=True, text=True,
        )
        dur = res.stdout.strip() or "?"
        print(f"{path}\t{dur}")


if __name__ == "__main__":
    main()
