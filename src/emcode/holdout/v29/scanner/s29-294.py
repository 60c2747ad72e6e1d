import xml.etree.ElementTree as ET
from pathlib import Path

CONFIG = Path(__file__).with_name("zones.xml")


def load_zones():
    tree = ET.parse(CONFIG)
    zones = {}
    for z in tree.getroot().iter("zone"):
        zones[z.get("id")] = [d.get("ref") for d in z.iter("device")]
    return zones


if __name__ == "__main__":
    for zone, devices in load_zones().items():
        print(zone, ", ".join(devices))
