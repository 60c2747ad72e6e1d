import xml.etree.ElementTree as ET
from pathlib import Path

CONFIG = Path(__file__).with_name("devices.xml")


def device_names() -> list[str]:
    root = ET.parse(CONFIG).getroot()
    return [d.get("name", "") for d in root.findall("device")]
