import defusedxml.ElementTree as DET


def read_sample_sheet(path: str) -> list[str]:
    tree = DET.parse(path, forbid_dtd=True)
    return [s.get("code") for s in tree.getroot().iter("sample")]
