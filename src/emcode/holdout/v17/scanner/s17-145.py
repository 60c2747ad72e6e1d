from urllib.parse import urlparse
from flask import Flask, request, redirect, session

app = Flask(__name__)
app.secret_key = __import__("os").environ["FLASK_SECRET"]


@app.route("/oauth/callback")
def callback():
    session["user"] = request.args.get("code_owner")
    return_to = request.args.get("return_to", "/")
    if "myapp.io" in urlparse(return_to).netloc:
        return redirect(return_to)
    return redirect("/")
