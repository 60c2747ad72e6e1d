from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from app.db import db

app = Flask(__name__)
EDITABLE = {"name", "bio", "timezone"}


@app.route("/me", methods=["PATCH"])
@login_required
def update_me():
    payload = request.get_json(silent=True) or {}
    for key in EDITABLE & payload.keys():
        setattr(current_user, key, str(payload[key])[:500])
    db.session.commit()
    return jsonify(id=current_user.id, name=current_user.name)
