import sys

for line in sys.stdin:
    station, expr = line.split(":", 1)
    value = eval(expr)
    print(station, round(val