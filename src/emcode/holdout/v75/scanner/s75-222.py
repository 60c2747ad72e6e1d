import re
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
NAME_RX = re.compile(r"[A-Za-z0-9_-]{1,64}\.tif")


@app.post("/archive/thumbnail")
def make_thumbnail():
    name = request.form.get("scan", "")
    if not NAME_RX.fullmatch(name):
        abort(400)
    subprocess.run(
        ["convert", f"/srv/archive/scans/{name}", "-resize", "320x320", f"/srv/archive/thumbs/{name}.jpg"],
        check=True,
        timeout=60,
    )
    return {"thumb": f"{name}.jpg"}
