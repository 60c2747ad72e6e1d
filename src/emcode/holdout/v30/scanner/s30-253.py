import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/episodes/<int:ep_id>/transcode")
def transcode(ep_id):
    bitrate = request.form.get("bitrate", "128k")
    src = f"/srv/media/raw/{ep_id}.wav"
    dst = f"/srv/media/out/{ep_id}.mp3"
    cmd = f"ffmpeg -y -i {src} -b:a {bitrate} {dst}"
    subprocess.run(cmd, shell=True, check=True)
    return {"episode": ep_id, "bitrate": bitrate}
