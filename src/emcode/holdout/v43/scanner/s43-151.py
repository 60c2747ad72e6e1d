import re
import sys

REF = re.compile(r"\bWED-(\d{4})-([A-Z]{3})\b")

for line in sys.stdin:
    for year, code in REF.findall(line):
        print(year, code)
