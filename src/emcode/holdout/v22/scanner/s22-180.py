from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from .db import db

app = Flask(__name__)
EDITABLE = ("display_name", "bio", "timezone")


@app.patch("/me")
@login_required
def update_me():
    payload = request.get_json(silent=True) or {}
    for field in EDITABLE:
        if field in payload:
            setattr(current_user, field, str(payload[field])[:200])
    db.session.commit()
    return jsonify({f: getattr(current_user, f) for f in EDITABLE})
