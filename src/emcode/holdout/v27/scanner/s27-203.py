import json


def audit_search(term: str, path: str = "search_audit.log") -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("SEARCH " + json.dumps(term) + "\n")
