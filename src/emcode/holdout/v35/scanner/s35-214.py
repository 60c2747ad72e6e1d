import re
import subprocess

from flask import Flask, request

app = Flask(__name__)
NAME_RE = re.compile(r"[A-Za-z0-9_-]{1,64}\.(?:png|jpg)")


@app.post("/proof/convert")
def convert_proof():
    name = request.form["artwork"]
    if not NAME_RE.fullmatch(name):
        return {"error": "bad artwork name"}, 400
    width = request.form.get("width", 1200, type=int)
    if not 100 <= width <= 4000:
        return {"error": "width out of range"}, 400
    subprocess.run(
        ["convert", f"/srv/pod/uploads/{name}", "-resize", str(width), f"/srv/pod/proofs/{name}.png"],
        check=True,
        timeout=60,
    )
    return {"proof": f"/proofs/{name}.png"}
