import subprocess
from pathlib import Path

from flask import Flask, request, jsonify

app = Flask(__name__)
MEDIA = Path("/srv/media")


@app.post("/tracks/preview")
def make_preview():
    name = request.form["track"]
    start = request.form.get("start", "30")
    out = MEDIA / "previews" / (Path(name).stem + ".mp3")
    cmd = f"ffmpeg -y -ss {start} -t 30 -i {MEDIA / 'masters' / name} {out}"
    subprocess.run(cmd, shell=True, check=True)
    return jsonify({"preview": out.name})
