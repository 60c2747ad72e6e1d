import argparse
import subprocess
from pathlib import Path

from passes.render import render_pass_pdf


def main():
    ap = argparse.ArgumentParser(description="Print a season pass at the ticket window")
    ap.add_argument("pass_no")
    ap.add_argument("--printer", default="window-1")
    args = ap.parse_args()
    pdf: Path = render_pass_pdf(args.pass_no)
    subprocess.run(["lpr", "-P", args.printer, "--", str(pdf)], check=True)


if __name__ == "__main__":
    main()
