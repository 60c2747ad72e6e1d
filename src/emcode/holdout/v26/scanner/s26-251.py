import os
from flask import Flask, send_file, abort

app = Flask(__name__)
MEDIA_DIR = "/srv/kiosk/media"
PLAYLIST = sorted(f for f in os.listdir(MEDIA_DIR) if f.endswith(".mp4"))


@app.get("/media/<int:index>")
def media(index):
    if not 0 <= index < len(PLAYLIST):
        abort(404)
    return send_file(os.path.join(MEDIA_DIR, PLAYLIST[index]), mimetype="video/mp4")
