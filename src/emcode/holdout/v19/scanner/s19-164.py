from flask import Flask, request, jsonify
from flask_login import login_required, current_user
from .db import db

app = Flask(__name__)
EDITABLE = ("display_name", "bio", "timezone")


@app.route("/api/profile", methods=["PUT"])
@login_required
def update_profile():
    data = request.get_json() or {}
    for key in EDITABLE:
        if key in data and isinstance(data[key], str):
            setattr(current_user, key, data[key][:500])
    db.session.commit()
    return jsonify(ok=True)
