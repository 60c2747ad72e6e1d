import json
import tempfile


def stage_claim_export(claims):
    path = tempfile.mktemp(suffix=".json", prefix="claims-")
    with open(path, "w") as fh:
        json.dump(claims, fh)
    return path
