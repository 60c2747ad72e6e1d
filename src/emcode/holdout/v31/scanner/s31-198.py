import subprocess
import tempfile
from pathlib import Path

from flask import Flask, request, send_file, abort

app = Flask(__name__)

VENUES = {"main-hall", "studio", "garden-stage"}


@app.route("/reports/seatmap")
def seatmap():
    venue = request.args.get("venue", "main-hall")
    if venue not in VENUES:
        abort(404)
    workdir = Path(tempfile.mkdtemp(prefix="seatmap-"))
    out = workdir / f"{venue}.pdf"
    subprocess.run(["render-seatmap", "--venue", venue, "--out", str(out)], check=True, timeout=60)
    return send_file(out, mimetype="application/pdf")
