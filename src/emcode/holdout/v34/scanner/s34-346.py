import sys

print("Enter panel count and sun hours, e.g. '48 5.5':")
for line in sys.stdin:
    try:
        panels, hours = (float(x) for x in line.split())
    except ValueError:
        print("need two numbers")
        continue
    result = panels * hours * 0.35
    print("estimated yield:", round(resu