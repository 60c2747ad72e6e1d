import re
from flask import Flask, request, redirect

app = Flask(__name__)
ALLOWED = "example.com"

@app.route("/go")
def go():
    target = request.args.get("url", "/")
    pattern = re.compile("https?://(www.)?" + ALLOWED)
    if pattern.match(target):
        return redirect(target)
    return redirect("/")
