import sys

stock = {"gloves-m": 120, "masks": 40, "bibs": 600}

print("Enter a reorder rule, e.g. stock['masks'] < 50:")
rule = sys.stdin.readline()
exec("result = " + rule, {"stock": stock}, ns := {})
print("Reorder needed" if ns["result"] else "Stock fine")
