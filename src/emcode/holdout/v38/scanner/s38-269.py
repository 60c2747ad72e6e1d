import sys

from defusedxml import minidom


def main(path):
    doc = minidom.parse(path)
    for filing in doc.getElementsByTagName("filing"):
        case_no = filing.getAttribute("case")
        title = filing.getElementsByTagName("title")[0].firstChild.nodeValue
        print(f"{case_no}\t{title}")


if __name__ == "__main__":
    main(sys.argv[1])
