import subprocess
from pathlib import Path

from flask import Flask, abort, request

app = Flask(__name__)
DCP_ROOT = Path("/srv/dcp").resolve()


@app.post("/booth/probe")
def probe():
    target = (DCP_ROOT / request.form["file"]).resolve()
    if not target.is_relative_to(DCP_ROOT) or not target.is_file():
        abort(404)
    out = subprocess.check_output(
        ["ffprobe", "-v", "error", "-show_format", "-of", "json", "--", str(target)], timeout=30
    )
    return out, 200, {"Content-Type": "application/json"}
