import sys
import urllib.request

from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"


def main(url):
    with urllib.request.urlopen(url) as resp:
        data = resp.read()
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(data, parser=parser)
    for entry in root.iter(ATOM + "entry"):
        print(entry.findtext(ATOM + "title"))


if __name__ == "__main__":
    main(sys.argv[1])
