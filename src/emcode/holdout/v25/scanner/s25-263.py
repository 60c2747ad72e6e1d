import json
import logging
from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")


@app.post("/samples")
def samples():
    label = request.form.get("label", "")
    audit.info(json.dumps({"event": "sample_upload", "label": label, "ip": request.remote_addr}))
    return "", 202
