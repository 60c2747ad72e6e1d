import json
import tempfile


def dump_for_editor(data) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(data, fh, indent=2)
        return fh.name
