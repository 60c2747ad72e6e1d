import re

from flask import Flask, request, redirect

app = Flask(__name__)
HOME = "app.example.org"
safe_target = re.compile(re.escape(HOME))


@app.route("/logout")
def logout():
    nxt = request.args.get("next", "/")
    if not safe_target.search(nxt):
        nxt = "/"
    return redirect(nxt)
