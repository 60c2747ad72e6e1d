from flask import Flask, request, jsonify
from flask_login import current_user, login_required

from .db import db

app = Flask(__name__)


@app.patch("/me")
@login_required
def update_me():
    for key, value in request.get_json().items():
        setattr(current_user, key, value)
    db.session.commit()
    return jsonify(ok=True)
