from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
STORE = Path("/var/app/files")


@app.post("/upload")
def upload():
    f = request.files["file"]
    dest = STORE / f.filename
    f.save(dest)
    return {"saved": str(dest)}
