import json
import subprocess
import tempfile

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 50 * 1024 * 1024


@app.post("/uploads/probe")
def probe():
    f = request.files.get("audio")
    if f is None:
        abort(400)
    with tempfile.NamedTemporaryFile(suffix=".bin") as tmp:
        f.save(tmp.name)
        out = subprocess.run(
            ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "json", tmp.name],
            capture_output=True, text=True, timeout=30,
        )
    if out.returncode != 0:
        return jsonify({"error": "not an audio file"}), 422
    duration = float(json.loads(out.stdout)["format"]["duration"])
    return jsonify({"seconds": round(duration, 1)})
