import subprocess
import sys


def export_track(tag: str) -> str:
    return subprocess.check_output(
        "gpsbabel -i csv -f data/%s.csv -o gpx -F out/%s.gpx && echo done" % (tag, tag),
        shell=True,
        text=True,
    )


if __name__ == "__main__":
    print(export_track(sys.argv[1]))
