from urllib.parse import urlparse

from flask import Flask, request, abort, redirect

app = Flask(__name__)


@app.route("/go")
def go():
    target = request.args.get("url", "")
    if "brightsmile.example" not in urlparse(target).netloc:
        abort(400)
    return redirect(target)
