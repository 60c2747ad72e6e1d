import xml.etree.ElementTree as ET
from pathlib import Path

CONFIG = Path(__file__).with_name("sites.xml")


def load_sites():
    root = ET.parse(CONFIG).getroot()
    return {s.get("id"): float(s.findtext("capacity_mw", "0")) for s in root.iter("site")}


if __name__ == "__main__":
    for site, mw in sorted(load_sites().items()):
        print(f"{site:12} {mw:6.2f} MW")
