import subprocess
import sys

station = sys.argv[1]
subprocess.call("scp data@" + station + ":/data/latest.csv ./incoming/", shell=True)
print("fetched")

def parse_latest(path):
    with open(pa