import sys
import subprocess


def checksum(path):
    out = subprocess.getoutput("sha256sum " + path)
    return out.split()[0]


for p in sys.argv[1:]:
    print(p, checksum(p))
