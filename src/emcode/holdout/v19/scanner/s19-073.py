from flask import Flask, request, jsonify
from flask_login import login_required, current_user
from .db import db

app = Flask(__name__)


@app.route("/api/profile", methods=["PUT"])
@login_required
def update_profile():
    data = request.get_json() or {}
    user = current_user
    for key, value in data.items():
        setattr(user, key, value)
    db.session.commit()
    return jsonify(ok=True)
