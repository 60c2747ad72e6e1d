from flask import Flask, request, redirect, session

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["username"]
    return redirect(request.form.get("next", "/"))


@app.route("/logout")
def logout():
    session.clear()
    return redirect(url_for("ind