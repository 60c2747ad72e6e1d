import subprocess
from flask import Flask, request

app = Flask(__name__)

@app.post("/transcode")
def transcode():
    name = request.form.get("name", "")
    cmd = "ffmpeg -y -i /srv/media/%s /srv/media/%s.mp3" % (name, name)
    subprocess.Popen(cmd, shell=True).wait()
    return {"ok": True}
