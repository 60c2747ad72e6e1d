import xml.etree.ElementTree as ET


def iter_catalogue_titles(data: bytes, max_bytes=2_000_000):
    if len(data) > max_bytes:
        raise ValueError("catalogue too large")
    root = ET.fromstring(data)
    for el in root.iter("title"):
        yield el.text or ""
