import xml.etree.ElementTree as ET
from pathlib import Path


def read_devices(config_dir: Path) -> dict[str, str]:
    devices = {}
    for f in sorted(config_dir.glob("*.xml")):
        root = ET.parse(f).getroot()
        for d in root.iter("device"):
            devices[d.get("id", "")] = d.findtext("ip", "")
    return devices
