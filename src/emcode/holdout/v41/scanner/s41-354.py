import logging
import os

import psycopg2
from flask import Flask, request
from werkzeug.security import check_password_hash

app = Flask(__name__)
log = logging.getLogger("auth")


def mask(email: str) -> str:
    user, _, domain = email.partition("@")
    return (user[:1] + "***@" + domain) if domain else "***"


@app.post("/members/login")
def login():
    email = request.form.get("email", "").lower()
    password = request.form.get("password", "")
    with psycopg2.connect(os.environ["DATABASE_URL"]) as conn, conn.cursor() as cur:
        cur.execute("SELECT id, pw_hash FROM members WHERE email = %s", (email,))
        row = cur.fetchone()
    ok = row is not None and check_password_hash(row[1], password)
    log.info("member login %s for %r", "ok" if ok else "failed", mask(email))
    return ({"member": row[0]}, 200) if ok else ({"error": "invalid credentials"}, 401)
