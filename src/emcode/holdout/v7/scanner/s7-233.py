from flask import Flask, request, jsonify
from flask_login import login_required, current_user
from models import db

app = Flask(__name__)


@app.route("/me", methods=["PATCH"])
@login_required
def update_me():
    payload = request.get_json() or {}
    for field, value in payload.items():
        setattr(current_user, field, value)
    db.session.commit()
    return jsonify(id=current_user.id, email=current_user.email)
