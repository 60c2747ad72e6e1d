import os

from flask import Flask, request
from itsdangerous import URLSafeSerializer, BadSignature

app = Flask(__name__)
serializer = URLSafeSerializer(os.environ["DRAFT_SIGNING_KEY"], salt="booking-draft")


@app.route("/booking/resume")
def resume():
    blob = request.cookies.get("draft")
    if not blob:
        return {"draft": None}
    try:
        draft = serializer.loads(blob)
    except BadSignature:
        return {"draft": None}, 400
    return {"room": draft.get("room"), "slot": draft.get("slot")}
