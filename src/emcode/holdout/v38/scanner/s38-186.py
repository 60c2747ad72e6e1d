import xml.etree.ElementTree as ET


def build_manifest(kegs):
    root = ET.Element("manifest")
    for keg in kegs:
        el = ET.SubElement(root, "keg", id=str(keg["id"]))
        el.text = keg["style"]
    return ET.tostring(root, encoding="unicode")


def count_styles(xml_text):
    root = ET.fromstring(xml_text)
    styles = {}
    for el in root.iter("keg"):
        styles[el.text] = styles.get(el.text, 0) + 1
    return styles


if __name__ == "__main__":
    doc = build_manifest([{"id": 1, "style": "IPA"}, {"id": 2, "style": "Stout"}, {"id": 3, "style": "IPA"}])
    print(count_styles(doc))
