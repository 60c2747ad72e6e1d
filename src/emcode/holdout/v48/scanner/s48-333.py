import re
import sys

PLATE = re.compile(r"[A-Z]{2}[0-9]{2} ?[A-Z]{3}")

for line in sys.stdin:
    plate = line.strip().upper()
    print(plate, "ok" if PLATE.fullmatch(plate) else "invalid")
