from flask import Flask, request

app = Flask(__name__)


@app.route("/fitting/programs")
def programs():
    names = request.args.getlist("program")
    items = []
    for name in names:
        items.append("<li>" + name + "</li>")
    out = "".join(["<ul class='programs'>", "".join(items), "</ul>"])
    return out
