import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.post("/convert")
def convert():
    src = request.form["src"]
    fmt = request.form.get("fmt", "pdf")
    if fmt not in ("pdf", "docx"):
        return "bad format", 400
    cmd = "libreoffice --headless --convert-to " + fmt + " " + s