import subprocess
from pathlib import Path

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
RAW = Path("/srv/traps/raw")


@app.route("/traps/convert", methods=["POST"])
def convert():
    clip = Path(request.form["clip"]).name
    if not (RAW / clip).is_file():
        abort(404)
    fps = int(request.form.get("fps", "10"))
    subprocess.run(["ffmpeg", "-i", str(RAW / clip), "-r", str(fps), f"/srv/traps/gif/{clip}.gif"], check=True)
    return jsonify({"status": "converted", "output": f"/gif/{cl