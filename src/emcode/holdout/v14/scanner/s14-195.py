import defusedxml.ElementTree as DET


def read_config(path: str) -> dict:
    root = DET.parse(path).getroot()
    return {el.tag: (el.text or "").strip() for el in root}
