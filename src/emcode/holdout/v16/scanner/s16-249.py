import defusedxml.ElementTree as ET


def parse_config(path: str):
    return ET.parse(path).getroot()
