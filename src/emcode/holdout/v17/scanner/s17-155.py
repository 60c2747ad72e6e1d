from flask import Flask, request, redirect, session
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/logout")
def logout():
    session.clear()
    target = request.args.get("next") or "/"
    return redir