import os
from flask import Flask, request, redirect, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
PAGES = {"home": "index", "settings": "settings", "orders": "orders"}

@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["user"]
    endpoint = PAGES.get(request.args.get("next", "home"), "index")
    return redirect(url_for(endpoint))
