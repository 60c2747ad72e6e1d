from urllib.parse import urlsplit
from flask import Flask, request, redirect

app = Flask(__name__)
ALLOWED_HOSTS = {"docs.printfleet.example", "status.printfleet.example"}


def allowed(url):
    p = urlsplit(url)
    return p.scheme == "https" and p.hostname in ALLOWED_HOSTS and not p.username


@app.get("/help")
def help_redirect():
    target = request.args.get("to", "")
    return redirect(target if allowed(target) else "https://docs.printfleet.example/")
