import sys

from defusedxml.ElementTree import parse

ATOM = "{http://www.w3.org/2005/Atom}"


def main(path):
    root = parse(path).getroot()
    for entry in root.iter(ATOM + "entry"):
        title = entry.findtext(ATOM + "title", default="?")
        author = entry.findtext(f"{ATOM}author/{ATOM}name", default="unknown")
        print(f"{title} — {author}")


if __name__ == "__main__":
    main(sys.argv[1])
