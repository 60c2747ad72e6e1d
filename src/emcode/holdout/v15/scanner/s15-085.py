from yaml import load, UnsafeLoader as UL


def parse_rules(text):
    doc = load(text, UL)
    return [r for r in doc.get("rules", []) if r.get("enabled", True)]
