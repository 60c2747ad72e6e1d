import re
import subprocess
import sys

TAG_RE = re.compile(r"[A-Z]{1,3}\d{2,5}")


def export_track(tag: str) -> None:
    if not TAG_RE.fullmatch(tag):
        raise SystemExit(f"bad collar tag: {tag!r}")
    subprocess.run(
        ["gpsbabel", "-i", "csv", "-f", f"data/{tag}.csv", "-o", "gpx", "-F", f"out/{tag}.gpx"],
        check=True,
    )
    print("done")


if __name__ == "__main__":
    export_track(sys.argv[1])
