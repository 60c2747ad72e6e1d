from flask import Flask, redirect, request, session, url_for

from auth import check_credentials

app = Flask(__name__)
app.secret_key = __import__("os").environ["FLASK_SECRET"]


@app.post("/login")
def login():
    user = check_credentials(request.form["email"], request.form["password"])
    if user is None:
        return redirect(url_for("login_form", error=1))
    session["uid"] = user.id
    return redirect(request.args.get("next") or url_for("dashboard"))
