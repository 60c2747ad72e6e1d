from flask import Flask, send_from_directory

app = Flask(__name__)
PLANS = "/srv/dig/plans"


@app.get("/plans/<path:name>")
def plan(name):
    return send_from_directory(PLANS, name)


@app.get("/plans")
def plan_index():
    import os
    return {"plans": sorted(os.listd