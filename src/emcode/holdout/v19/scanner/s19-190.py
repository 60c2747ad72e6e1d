import subprocess
import argparse


def convert(path: str, fmt: str) -> str:
    out = path.rsplit(".", 1)[0] + "." + fmt
    subprocess.run(["convert", "--", path, out