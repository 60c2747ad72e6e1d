import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path


@dataclass
class InverterConfig:
    serial: str
    max_kw: float


def load_local_config(path: Path = Path("/etc/solar/inverters.xml")) -> list[InverterConfig]:
    """Read the installer-written config shipped with the appliance image."""
    root = ET.parse(path).getroot()
    return [InverterConfig(el.get("serial", ""), float(el.get("max_kw", "0"))) for el in root.iter("inverter")]
