import xml.etree.ElementTree as ET
from importlib import resources


def load_bands() -> dict[str, tuple[float, float]]:
    text = resources.files("hamlog").joinpath("bands.xml").read_text(encoding="utf-8")
    root = ET.fromstring(text)
    return {b.get("name"): (float(b.get("lo")), float(b.get("hi"))) for b in root.iter("band")}
