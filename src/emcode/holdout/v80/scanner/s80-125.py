import xml.etree.ElementTree as ET
from pathlib import Path

CONFIG = Path(__file__).with_name("stations.xml")


def stations():
    root = ET.parse(CONFIG).getroot()
    return {s.get("id"): s.findtext("name") for s in root.iter("station")}


if __name__ == "__main__":
    for sid, name in sorted(stations().items()):
        print(sid, name)
