import xml.etree.ElementTree as ET
from pathlib import Path

CONFIG = Path(__file__).with_name("ports.xml")


def load_ports():
    tree = ET.parse(CONFIG)
    return {p.get("code"): p.findtext("name") for p in tree.getroot().iter("port")}


if __name__ == "__main__":
    for code, name in sorted(load_ports().items()):
        print(code, name)
