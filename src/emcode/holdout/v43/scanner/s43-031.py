import xml.etree.ElementTree as ET


def build_manifest(files):
    root = ET.Element("manifest")
    for name, words in files:
        ET.SubElement(root, "file", name=name, words=str(words))
    return ET.tostring(root, encoding="unicode")


def total_words(manifest_xml):
    root = ET.fromstring(manifest_xml)
    return sum(int(f.get("words")) for f in root.iter("file"))


if __name__ == "__main__":
    m = build_manifest([("contract.docx", 4200), ("brochure.indd", 1800)])
    print(total_words(m))
