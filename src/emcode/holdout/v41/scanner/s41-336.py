import subprocess
import sys


def convert(xray):
    out = xray.rsplit(".", 1)[0] + ".png"
    subprocess.run(f"convert {xray} -resize 1024x1024 {out}", shell=True, check=True)
    return out


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print("wrote", convert(name))
