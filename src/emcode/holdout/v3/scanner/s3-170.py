from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/logout")
def logout():
    dest = request.args.get("next", "/")
    if not dest.startswith("/"):
        dest = "/"
    resp = redirect(dest)
    resp.delete_cookie("session")
    return resp
