from urllib.parse import urlparse

from flask import Flask, redirect, request, session

app = Flask(__name__)
app.config.from_envvar("SHELTER_SETTINGS")


@app.post("/login")
def login():
    user = request.form.get("user", "")
    if not user:
        return redirect("/login")
    session["user"] = user
    nxt = request.args.get("next", "/")
    if urlparse(nxt).netloc and not urlparse(nxt).netloc.endswith("pawshelter.org"):
        nxt = "/"
    return redirect(nxt)
