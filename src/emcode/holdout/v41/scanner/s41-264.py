import json
import tempfile


def stage_manifest(manifest: dict) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".json", prefix="manifest_", delete=False) as fh:
        json.dump(manifest, fh)
        return fh.name
