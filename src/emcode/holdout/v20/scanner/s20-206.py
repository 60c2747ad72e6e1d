import sys

from defusedxml import minidom


def urls(path):
    doc = minidom.parse(path)
    return [n.firstChild.nodeValue for n in doc.getElementsByTagName("loc") if n.firstChild]


if __name__ == "__main__":
    for u in urls(sys.argv[1]):
        print(u)
