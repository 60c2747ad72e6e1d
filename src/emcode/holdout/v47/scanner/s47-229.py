from defusedxml import ElementTree as ET


def parse_inspection_report(xml_bytes):
    root = ET.fromstring(xml_bytes)
    return {
        "vessel": root.findtext("vessel"),
        "boats": [b.get("id") for b in root.iter("lifeboat")],
    }
