import xml.etree.ElementTree as ET
from pathlib import Path

CONFIG = Path(__file__).with_name("turbines.xml")


def turbine_ids() -> list[str]:
    root = ET.parse(CONFIG).getroot()
    return [t.get("id") for t in root.findall("turbine")]
