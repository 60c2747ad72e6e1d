import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/fitting/programs")
def programs():
    names = request.args.getlist("program")
    items = ["<li>{}</li>".format(html.escape(n)) for n in names]
    out = "".join(["<ul class='programs'>", "".join(items), "</ul>"])
    return out
