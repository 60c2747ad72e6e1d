import os
import subprocess
import uuid

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 200 * 1024 * 1024
MEDIA = "/srv/shelter/media"
VIDEO_EXTS = {".mp4", ".mov", ".webm"}


@app.post("/pets/<int:pet_id>/video")
def upload_video(pet_id):
    f = request.files.get("video")
    if not f or not f.filename:
        return jsonify(error="no video"), 400
    ext = os.path.splitext(f.filename)[1].lower()
    if ext not in VIDEO_EXTS:
        return jsonify(error="unsupported format"), 400

    stem = f"{pet_id}-{uuid.uuid4().hex}"
    video_path = os.path.join(MEDIA, stem + ext)
    thumb_path = os.path.join(MEDIA, stem + ".jpg")
    f.save(video_path)

    result = subprocess.run(
        ["ffmpeg", "-y", "-loglevel", "error", "-i", video_path, "-ss", "00:00:01", "-vframes", "1", thumb_path],
        capture_output=True,
        timeout=120,
    )
    if result.returncode != 0:
        os.remove(video_path)
        return jsonify(error="could not process video"), 422
    return jsonify(video=f"/media/{stem}{ext}", thumbnail=f"/media/{stem}.jpg"), 201
