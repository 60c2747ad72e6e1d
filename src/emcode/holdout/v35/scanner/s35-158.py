import secrets

from flask import Flask, jsonify, request

app = Flask(__name__)
INVITES = {}


@app.post("/volunteers/invite")
def invite():
    email = request.form.get("email", "").strip().lower()
    if "@" not in email:
        return jsonify(error="email required"), 400
    code = secrets.token_urlsafe(16)
    INVITES[code] = email
    return jsonify(invited=email, link=f"https://volunteer.pawshelter.org/join?c={co