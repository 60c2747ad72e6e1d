import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

CONFIG = Path(__file__).with_name("sensors.xml")


@dataclass
class Sensor:
    name: str
    pin: int
    interval_s: float


def load_sensors() -> list[Sensor]:
    root = ET.parse(CONFIG).getroot()
    return [Sensor(el.get("name", "?"), int(el.get("pin", "0")), float(el.get("interval", "5")))
            for el in root.findall("sensor")]


if __name__ == "__main__":
    for s in load_sensors():
        print(s)
