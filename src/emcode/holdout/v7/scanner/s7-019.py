from defusedxml import minidom


def load_settings(path: str) -> dict:
    doc = minidom.parse(path, forbid_dtd=True)
    return {n.getAttribute("key"): n.getAttribute("value") for n in doc.getElementsByTagName("setting")}
