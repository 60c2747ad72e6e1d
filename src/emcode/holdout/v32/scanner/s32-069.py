import os

from flask import Flask, request, send_from_directory

app = Flask(__name__)
BRIEFS = "/srv/legal/briefs"


@app.route("/briefs/view")
def view_brief():
    fname = request.args.get("name", "")
    return send_from_directory(BRIEFS, fname, mimetype="text/plain")


@app.route("/briefs/list")
def list_briefs():
    names = sorted(os.listd