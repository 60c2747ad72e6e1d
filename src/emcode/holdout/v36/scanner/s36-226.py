import subprocess
import uuid
from pathlib import Path

from flask import Flask, request, send_file

app = Flask(__name__)
WORK = Path("/srv/studio/trailers")


@app.post("/trailer/thumb")
def trailer_thumb():
    clip = WORK / f"{uuid.uuid4().hex}.mp4"
    request.files["clip"].save(clip)
    thumb = clip.with_suffix(".jpg")
    try:
        subprocess.run(
            ["ffmpeg", "-nostdin", "-y", "-ss", "00:00:02", "-i", str(clip), "-frames:v", "1", str(thumb)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except subprocess.CalledProcessError:
        return {"error": "could not read video"}, 400
    finally:
        clip.unlink(missing_ok=True)
    return send_file(thumb, mimetype="image/jpeg")
