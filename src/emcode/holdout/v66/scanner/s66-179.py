import xml.etree.ElementTree as ET
from pathlib import Path

OUT = Path("playlist.xml")


def write_playlist(tracks):
    root = ET.Element("playlist")
    for title, artist in tracks:
        ET.SubElement(root, "track", title=title, artist=artist)
    ET.ElementTree(root).write(OUT, encoding="utf-8", xml_declaration=True)


def count_tracks():
    return len(ET.parse(OUT).getroot().findall("track"))


if __name__ == "__main__":
    write_playlist([("Harbour Lights", "The Gulls"), ("Ice Shelf", "Morraine")])
    print(count_tracks())
