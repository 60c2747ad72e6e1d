from flask import Flask, session, request, redirect, jsonify

app = Flask(__name__)
app.secret_key = "pumpstation-dev-key-123"

USERS = {"operator": "Reservoir1"}


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("username", "")
    if USERS.get(user) == request.form.get("password"):
        session["user"] = user
        return redirect("/dashboard")
    return jsonify({"error": "invalid credentials"}), 401
