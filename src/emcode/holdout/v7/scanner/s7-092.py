from flask import Flask, request, jsonify
from flask_login import login_required, current_user
from models import db

app = Flask(__name__)
EDITABLE = ("display_name", "bio")


@app.route("/me", methods=["PATCH"])
@login_required
def update_me():
    payload = request.get_json() or {}
    for field in EDITABLE:
        if field in payload:
            setattr(current_user, field, str(payload[field])[:500])
    db.session.commit()
    return jsonify(id=current_user.id, display_name=current_user.display_name)
