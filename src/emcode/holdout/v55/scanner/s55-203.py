from flask import Flask, request

app = Flask(__name__)

SITES = {"north-ridge": 14, "river-bend": 9, "oak-hollow": 22}


@app.route("/traps/tags")
def list_tags():
    tags = request.args.getlist("tag")
    items = []
    for t in tags:
        items.append("<li>" + t + "</li>")
    listing = "".join(items)
    return "<ul class='tags'>" + listing + "</ul>"
