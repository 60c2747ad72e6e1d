import sys

from defusedxml import minidom


def feed_titles(path):
    doc = minidom.parse(path)
    return [n.firstChild.data for n in doc.getElementsByTagName("title") if n.firstChild]


if __name__ == "__main__":
    for t in feed_titles(sys.argv[1]):
        print("-", t)
