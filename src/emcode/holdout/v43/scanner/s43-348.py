import os

from flask import Flask, Response, url_for

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/old-plans/<int:plan_id>")
def old_plans(plan_id):
    resp = Response(status=301)
    resp.headers["Location"] = url_for("plans", plan_id=plan_id)
    resp.headers["X-Plan-Id"] = str(plan_id)
    return resp


@app.route("/plans/<int:plan_id>")
def plans(plan_id):
    return {"plan": plan_id}
