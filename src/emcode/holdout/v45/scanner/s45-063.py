import secrets
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/password-reset")
def password_reset():
    email = request.form.get("email", "").lower()
    token = secrets.token_urlsafe(32)
    with sqlite3.connect("members.db") as con:
        con.execute("UPDATE members SET reset_token = ? WHERE email = ?", (token, email))
    send_mail(email, "Reset your garden account", f"https://gardens.example/reset/{tok