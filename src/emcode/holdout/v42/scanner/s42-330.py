import os
from urllib.parse import urlsplit

from flask import Flask, redirect, request, session, url_for

from auth import check_credentials

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


def _local(target):
    if not target:
        return False
    parts = urlsplit(target)
    return (
        not parts.scheme
        and not parts.netloc
        and target.startswith("/")
        and not target.startswith("//")
        and "\\" not in target
    )


@app.post("/login")
def login():
    user = check_credentials(request.form["email"], request.form["password"])
    if user is None:
        return redirect(url_for("login_form", error=1))
    session["uid"] = user.id
    nxt = request.args.get("next")
    return redirect(nxt if _local(nxt) else url_for("dashboard"))
