from defusedxml import ElementTree as ET


def parse_enrolment_xml(data: bytes):
    root = ET.fromstring(data)
    return [
        {"subject": s.get("id"), "arm": s.findtext("arm")}
        for s in root.iter("subject")
    ]
