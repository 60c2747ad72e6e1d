import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/proof/convert")
def convert_proof():
    name = request.form["artwork"]
    width = request.form.get("width", "1200")
    cmd = f"convert /srv/pod/uploads/{name} -resize {width} /srv/pod/proofs/{name}.png"
    subprocess.run(cmd, shell=True, check=True)
    return {"proof": f"/proofs/{name}.png"}
