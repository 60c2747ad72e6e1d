import re

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/go")
def go():
    url = request.args.get("to", "")
    if re.match(r"https://.*.example.com", url):
        return redirect(url)
    return redirect("/")
