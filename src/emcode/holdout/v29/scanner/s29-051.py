import json
import tempfile


def stage_claim_export(claims):
    with tempfile.NamedTemporaryFile("w", suffix=".json", prefix="claims-", delete=False) as fh:
        json.dump(claims, fh)
        return fh.name
