import sys

print("Enter a kWh formula using 'panels' and 'hours':")
panels = 48
hours = 5.5
for line in sys.stdin:
    result = eval(line)
    print("estimated yield:", round(resu