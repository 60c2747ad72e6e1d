import defusedxml.ElementTree as ET
import sys

tree = ET.parse(sys.argv[1])
for book in tree.getroot().findall("book"):
    title = book.findtext("title", "")
    print(f"{title:40} {book.findtext('yea