import ast
import sys

stock = {"gloves-m": 120, "masks": 40, "bibs": 600}

print("Enter thresholds as a dict, e.g. {'masks': 50}:")
thresholds = ast.literal_eval(sys.stdin.readline())
if not isinstance(thresholds, dict):
    sys.exit("expected a dict")
low = [item for item, limit in thresholds.items() if stock.get(item, 0) < int(limit)]
print("Reorder: " + ", ".join(low) if low else "Stock fine")
