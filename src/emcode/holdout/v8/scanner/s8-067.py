from flask import Flask, request
from werkzeug.security import generate_password_hash

from .db import get_db

app = Flask(__name__)


@app.post("/signup")
def signup():
    email = request.form["email"].strip().lower()
    pw_hash = generate_password_hash(request.form["password"])
    db = get_db()
    db.execute("INSERT INTO users (email, pw_hash) VALUES (?, ?)", (email, pw_hash))
    db.commit()
    return {"created": email}, 201
