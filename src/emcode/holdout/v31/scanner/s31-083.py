import os
import uuid

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.post("/viewings")
def book_viewing():
    if "uid" not in session:
        return jsonify(error="login required"), 401
    data = request.get_json(silent=True) or {}
    ref = uuid.uuid4().hex[:10].upper()
    from .viewings import create
    create(ref=ref, user_id=session["uid"], listing_id=int(data["listing_id"]), slot=str(data["slot"]))
    return jsonify(reference=ref), 201
