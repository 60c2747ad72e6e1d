import json
import tempfile


def stage_manifest(items):
    with tempfile.NamedTemporaryFile("w", suffix=".json", prefix="manifest_", delete=False) as fh:
        json.dump(items, fh)
        return fh.name
