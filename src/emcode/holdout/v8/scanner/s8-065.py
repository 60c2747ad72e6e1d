import hashlib

from flask import Flask, request

from .db import get_db

app = Flask(__name__)


@app.post("/signup")
def signup():
    email = request.form["email"].strip().lower()
    pw = request.form["password"]
    digest = hashlib.md5(pw.encode("utf-8")).hexdigest()
    db = get_db()
    db.execute("INSERT INTO users (email, pw_hash) VALUES (?, ?)", (email, digest))
    db.commit()
    return {"created": email}, 201
