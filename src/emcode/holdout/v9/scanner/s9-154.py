import os
from flask import Flask, request

app = Flask(__name__)


@app.post("/convert")
def convert():
    src = request.form["file"]
    fmt = request.form.get("format", "pdf")
    os.system("libreoffice --headless --convert-to " + fmt + " " + src)
    out = src.rsplit(".", 1)[0] + "." + fmt
    return {"output": o