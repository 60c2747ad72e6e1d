import sys
from defusedxml.ElementTree import parse

tree = parse(sys.argv[1])
for stop in tree.getroot().iter("stop"):
    print(stop.get("name"), stop.findtext("arri