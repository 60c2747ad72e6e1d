from urllib.parse import urlparse
from flask import Flask, request, redirect, url_for

app = Flask(__name__)

def is_safe(url):
    p = urlparse(url)
    return not p.scheme and not p.netloc and url.startswith("/") and not url.startswith("//") and "\\" not in url

@app.route("/after-login")
def after_login():
    dest = request.args.get("next", "")
    return redirect(dest if is_safe(dest) else url_for("home"))

@app.route("/")
def home():
    return "home"
