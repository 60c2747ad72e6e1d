import os
import uuid

from flask import Flask, request

app = Flask(__name__)
SPOOL = "/var/spool/dentaview"
os.makedirs(SPOOL, mode=0o777, exist_ok=True)


@app.post("/xray")
def upload_xray():
    data = request.get_data()
    if not data.startswith(b"\x89PNG"):
        return {"error": "png only"}, 400
    name = os.path.join(SPOOL, uuid.uuid4().hex + ".png")
    with open(name, "wb") as fh:
        fh.write(data)
    return {"stored": os.path.basename(name)}, 201
