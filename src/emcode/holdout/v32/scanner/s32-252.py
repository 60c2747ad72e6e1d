import os
import sys

if __name__ == "__main__":
    dock = sys.argv[1] if len(sys.argv) > 1 else "dock-01.local"
    out = os.popen(f"nc -zv {dock} 502 2>&1").read()
    print(out)
