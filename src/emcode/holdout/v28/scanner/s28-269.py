import re
import subprocess
from pathlib import Path

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
MEDIA = Path("/srv/media")
NAME_RE = re.compile(r"[A-Za-z0-9_-]{1,64}\.(wav|flac)")


@app.post("/tracks/preview")
def make_preview():
    name = request.form["track"]
    if not NAME_RE.fullmatch(name):
        abort(400)
    try:
        start = max(0, int(request.form.get("start", "30")))
    except ValueError:
        abort(400)
    out = MEDIA / "previews" / (Path(name).stem + ".mp3")
    subprocess.run(
        ["ffmpeg", "-y", "-ss", str(start), "-t", "30", "-i", str(MEDIA / "masters" / name), str(out)],
        check=True,
    )
    return jsonify({"preview": out.name})
