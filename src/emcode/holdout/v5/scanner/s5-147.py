import subprocess
import argparse

parser = argparse.ArgumentParser(description="Resize images")
parser.add_argument("src")
parser.add_argument("--width", type=int, default=800)
args = parser.parse_args()

subprocess.run(["convert", args.src, "-resize", str(args.wi