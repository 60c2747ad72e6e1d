import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/claims/scan")
def scan():
    f = request.files["doc"]
    path = "/tmp/claimscan.pdf"
    f.save(path)
    text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    return {"chars": len(text)}
