import argparse
import sys
import xml.etree.ElementTree as ET


def main():
    ap = argparse.ArgumentParser(description="Emit a GPX file of camera-trap locations")
    ap.add_argument("--name", default="trap sites")
    args = ap.parse_args()
    gpx = ET.Element("gpx", version="1.1", creator="trapmap")
    meta = ET.SubElement(gpx, "metadata")
    ET.SubElement(meta, "name").text = args.name
    for line in sys.stdin:
        try:
            label, lat, lon = line.rstrip("\n").split("\t")
            float(lat), float(lon)
        except ValueError:
            continue
        wpt = ET.SubElement(gpx, "wpt", lat=lat, lon=lon)
        ET.SubElement(wpt, "name").text = label
    ET.ElementTree(gpx).write(sys.stdout.buffer, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main()
