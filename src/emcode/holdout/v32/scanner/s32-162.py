import os

from flask import Flask, request, Response

app = Flask(__name__)
BRIEFS = "/srv/legal/briefs"


@app.route("/briefs/view")
def view_brief():
    fname = request.args.get("name", "")
    with open(os.path.join(BRIEFS, fname), encoding="utf-8") as fh:
        text = fh.read()
    return Response(text, mimetype="text/plain")


@app.route("/briefs/list")
def list_briefs():
    names = sorted(os.listd