import subprocess
import sys

station = sys.argv[1]
subprocess.run(["scp", "--", f"data@{station}:/data/latest.csv", "./incom