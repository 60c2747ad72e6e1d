import json
import os
import tempfile


def save_draft(roster):
    fd, name = tempfile.mkstemp(prefix="roster-", suffix=".json")
    with os.fdopen(fd, "w") as fh:
        json.dump(roster, fh)
    return name


if __name__ == "__main__":
    p = save_draft({"shift": "night", "crew": ["Kowalski", "Mbeki", "Tanaka"]})
    print(p, os.path.getsize(p))
