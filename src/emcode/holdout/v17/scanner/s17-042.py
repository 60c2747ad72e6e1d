from flask import Flask, request, jsonify
from flask_login import current_user, login_required

from app.db import db

app = Flask(__name__)


@app.route("/me", methods=["PATCH"])
@login_required
def update_me():
    for key, value in request.get_json().items():
        setattr(current_user, key, value)
    db.sess