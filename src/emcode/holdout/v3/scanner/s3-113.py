import os
import uuid

from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/download", methods=["POST"])
def download_video():
    url = request.form["url"]
    job = uuid.uuid4().hex
    os.system(f"youtube-dl -q -o /tmp/{job}.mp4 {url}")
    path = f"/tmp/{job}.mp4"
    if not os.path.exists(path):
        return {"error": "download failed"}, 502
    return send_file(path, as_attachment=True, download_na