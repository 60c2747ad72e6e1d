import xml.etree.ElementTree as ET
from pathlib import Path

CONFIG = Path(__file__).with_name("projectors.xml")


def load_projectors():
    root = ET.parse(CONFIG).getroot()
    return [
        {"id": p.get("id"), "model": p.findtext("model"), "lamp_hours": int(p.findtext("lampHours", "0"))}
        for p in root.iter("projector")
    ]


if __name__ == "__main__":
    for proj in load_projectors():
        print(f"{proj['id']}: {proj['model']} ({proj['lamp_hours']} h)")
