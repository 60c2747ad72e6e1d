import xml.etree.ElementTree as ET
from pathlib import Path

CONFIG = Path(__file__).with_name("bands.xml")


def band_centres():
    root = ET.parse(CONFIG).getroot()
    return [int(b.get("hz")) for b in root.iter("band")]


if __name__ == "__main__":
    print(band_centres())
