import hashlib
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 50 * 1024 * 1024
STORE = Path("/srv/telemetry/incoming")
STORE.mkdir(parents=True, exist_ok=True)


@app.post("/upload")
def upload():
    data = request.files["csv"].read()
    digest = hashlib.sha256(data).hexdigest()
    target = STORE / f"{digest}.csv"
    if target.exists():
        return {"duplicate": True, "id": digest}
    target.write_bytes(data)
    return {"duplicate": False, "id": digest}, 201
