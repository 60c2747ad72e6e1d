import os

from flask import Flask, request, send_from_directory

app = Flask(__name__)
BASE = "/srv/permits/plans"


@app.route("/plans")
def plan():
    return send_from_directory(BASE, request.args["file"])


@app.route("/plans/list")
def plan_list():
    return {"plans": sorted(os.listdir(BA