import hashlib

from flask import Flask, request, jsonify

app = Flask(__name__)
USERS = {}


@app.route("/register", methods=["POST"])
def register():
    email = request.form["email"].lower()
    USERS[email] = hashlib.sha256(request.form["password"].encode()).hexdigest()
    return jsonify({"ok": True}), 201


@app.route("/login", methods=["POST"])
def login():
    digest = hashlib.sha256(request.form["password"].encode()).hexdigest()
    ok = USERS.get(request.form["email"].lower()) == digest
    return jsonify({"ok": ok}), (200 if ok else 401)
