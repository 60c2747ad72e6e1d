import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.post("/convert")
def convert():
    src = request.form["file"]
    fmt = request.form.get("format", "png")
    cmd = "convert " + 