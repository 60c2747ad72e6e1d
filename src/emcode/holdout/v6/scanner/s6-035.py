import argparse
import subprocess

parser = argparse.ArgumentParser(description="show log of a branch")
parser.add_argument("branch")
args = parser.parse_args()

log = subprocess.check_output("git log --oneline -n 20 %s" % args.branch, shell=True)
print(log.decode())
