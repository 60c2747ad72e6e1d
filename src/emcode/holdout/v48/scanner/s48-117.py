import sys

base_fare = 8.0
for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    adjusted = eval(line, {"fare": base_fare})
    print(f"{line} -> {adjusted:.2f}")
