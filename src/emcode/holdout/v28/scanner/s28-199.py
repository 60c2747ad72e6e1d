import logging
import os

from flask import Flask, request, session, jsonify
from werkzeug.security import check_password_hash

from .models import Teacher

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
log = logging.getLogger("timetable.auth")


@app.post("/api/login")
def login():
    code = request.json.get("code", "")
    password = request.json.get("password", "")
    teacher = Teacher.query.filter_by(code=code).first()
    if teacher is None or not check_password_hash(teacher.pw_hash, password):
        log.warning("failed login for %r from %s", code, request.remote_addr)
        return jsonify({"error": "invalid"}), 401
    session.clear()
    session["teacher"] = teacher.id
    return jsonify({"ok": True})
