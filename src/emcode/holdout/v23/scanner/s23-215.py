import json
import os
import tempfile
from typing import Callable


def with_staged_payload(payload: dict, consume: Callable[[str], None]) -> None:
    with tempfile.TemporaryDirectory(prefix="robot-job-") as tmpdir:
        path = os.path.join(tmpdir, "payload.json")
        with open(path, "x") as fh:
            json.dump(payload, fh)
        consume(path)
