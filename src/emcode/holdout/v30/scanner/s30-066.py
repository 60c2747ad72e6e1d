import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
BITRATES = {"64k", "96k", "128k", "192k"}


@app.post("/episodes/<int:ep_id>/transcode")
def transcode(ep_id):
    bitrate = request.form.get("bitrate", "128k")
    if bitrate not in BITRATES:
        abort(400)
    src = f"/srv/media/raw/{ep_id}.wav"
    dst = f"/srv/media/out/{ep_id}.mp3"
    subprocess.run(["ffmpeg", "-y", "-i", src, "-b:a", bitrate, dst], check=True, timeout=600)
    return {"episode": ep_id, "bitrate": bitrate}
