import sys
import yaml

with open(sys.argv[1]) as fh:
    cfg = yaml.safe_load(fh)

for station in cfg["stations"]:
    print(station["id"], station.get("elev