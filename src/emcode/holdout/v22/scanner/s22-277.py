from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("user")
    if not user:
        return redirect(url_for("login_form"))
    session["user"] = user
    nxt = request.args.get("next", "")
    if nxt and nxt.startswith("/") and not nxt.start