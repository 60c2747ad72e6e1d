import sys

from defusedxml.ElementTree import parse


def main(path):
    tree = parse(path)
    total = 0.0
    for claim in tree.getroot().iter("claim"):
        total += float(claim.findtext("amount", "0"))
    print(f"total claimed: {total:,.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
