import xml.etree.ElementTree as ET
from pathlib import Path

CONFIG = Path(__file__).with_name("sections.xml")


def load_sections():
    root = ET.parse(CONFIG).getroot()
    return {s.get("name"): int(s.get("chairs")) for s in root.findall("section")}


if __name__ == "__main__":
    for name, chairs in load_sections().items():
        print(f"{name:<10}{chairs}")
