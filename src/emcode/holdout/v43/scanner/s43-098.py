import subprocess

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/convert")
def convert():
    name = request.form["filename"]
    fmt = request.form.get("to", "pdf")
    cmd = f"libreoffice --headless --convert-to {fmt} /srv/translate/incoming/{name} --outdir /srv/translate/out"
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return jsonify(ok=result.returncode == 0)
