import shlex
import subprocess
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("branch")
args = parser.parse_args()
if args.branch.startswith("-"):
    parser.error("branch must not start with '-'")

branch = shlex.quote(args.branch)
out = subprocess.run(f"git log --oneline -n 20 {branch} | head -n 5", shell=True,
                     capture_output=True, text=True, check=False)
print(out.stdout)
