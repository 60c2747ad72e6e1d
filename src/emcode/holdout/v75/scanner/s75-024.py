import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/archive/thumbnail")
def make_thumbnail():
    name = request.form["scan"]
    cmd = f"convert /srv/archive/scans/{name} -resize 320x320 /srv/archive/thumbs/{name}.jpg"
    subprocess.run(cmd, shell=True, check=True)
    return {"thumb": f"{name}.jpg"}
