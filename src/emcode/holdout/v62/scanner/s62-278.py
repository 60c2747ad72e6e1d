import sys

from defusedxml.ElementTree import parse


def main(path):
    tree = parse(path)
    for entry in tree.getroot().findall("entry"):
        print(entry.get("date"), entry.findtext("keeper"), entry.findtext("task"))


if __name__ == "__main__":
    main(sys.argv[1])
