import re
import shlex
import subprocess
from flask import Flask, request

app = Flask(__name__)
NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")

@app.post("/convert")
def convert():
    src = request.form["file"]
    if not NAME.fullmatch(src) or src.startswith("."):
        return "bad name", 400
    q = shlex.quote(src)
    subprocess.run(f"convert /data/in/{q} /data/out/{q}.png", shell=True, check=True)
    return "queued"
