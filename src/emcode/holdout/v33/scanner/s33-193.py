import xml.etree.ElementTree as ET
from pathlib import Path

ZONES_XML = Path(__file__).with_name("zones.xml")


def load_zones():
    root = ET.parse(ZONES_XML).getroot()
    return {z.get("id"): {"rate": float(z.findtext("rate")), "max_hours": int(z.findtext("max"))}
            for z in root.findall("zone")}


if __name__ == "__main__":
    for zid, info in sorted(load_zones().items()):
        print(zid, info)
