import json
import tempfile


def stage_claim(claim):
    with tempfile.NamedTemporaryFile("w", suffix=".json", prefix="claim_", delete=False) as fh:
        json.dump(claim, fh)
        return fh.name
