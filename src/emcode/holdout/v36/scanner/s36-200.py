from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)


@app.post("/login")
def login():
    if not check_credentials(request.form["user"], request.form["password"]):
        return redirect(url_for("login_page"))
    session["user"] = request.form["user"]
    return redirect(request.args.get("next") or url_for("dashboard"))


def check_credentials(user, password):
    from .auth import verify
    return verify(user, password)
