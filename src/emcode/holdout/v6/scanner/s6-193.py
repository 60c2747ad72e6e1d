import subprocess
from pathlib import Path
from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
MEDIA = Path("/srv/media")

@app.post("/transcode")
def transcode():
    name = secure_filename(request.form.get("name", ""))
    if not name or not (MEDIA / name).is_file():
        abort(404)
    subprocess.run(["ffmpeg", "-y", "-i", str(MEDIA / name), str(MEDIA / (name + ".mp3"))], check=True)
    return {"ok": True}
