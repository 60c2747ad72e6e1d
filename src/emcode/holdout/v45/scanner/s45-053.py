import base64
from pickle import loads as restore

from flask import Flask, request

app = Flask(__name__)


@app.route("/booking/resume")
def resume():
    blob = request.cookies.get("draft")
    if not blob:
        return {"draft": None}
    draft = restore(base64.urlsafe_b64decode(blob))
    return {"room": draft.get("room"), "slot": draft.get("slot")}
