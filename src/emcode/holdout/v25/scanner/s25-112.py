import xmltodict


def load_printer_map(path: str = "/etc/printfleet/printers.xml") -> dict:
    with open(path, "rb") as fh:
        doc = xmltodict.parse(fh, disable_entities=True)
    return {p["@id"]: p["@host"] for p in doc["printers"]["printer"]}
