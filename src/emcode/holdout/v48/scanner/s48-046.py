import json
import tempfile


def stage_manifest(job_id, manifest):
    with tempfile.NamedTemporaryFile("w", prefix=f"dcp_{int(job_id)}_", suffix=".json", delete=False) as fh:
        json.dump(manifest, fh)
        return fh.name
