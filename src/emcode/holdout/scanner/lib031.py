import defusedxml.ElementTree as DET


def extract_titles(xml_bytes: bytes) -> list[str]:
    """Titles of every <book> in the catalogue document."""
    root = DET.fromstring(xml_bytes)
    return [b.findtext("title") for b in root.iter("book")]
