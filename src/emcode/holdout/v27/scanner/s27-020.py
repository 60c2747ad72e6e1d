import json
import logging
from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")


@app.route("/permit/<int:pid>/comment", methods=["POST"])
def comment(pid):
    text = request.form.get("text", "")[:2000]
    audit.info(json.dumps({"event": "comment", "permit": pid, "text": text}))
    return {"ok": True}
