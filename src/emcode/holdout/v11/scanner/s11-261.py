from flask import Flask, request

app = Flask(__name__)

PLANS = {"free": 0, "pro": 12, "team": 49}


@app.route("/pricing")
def pricing():
    plan = request.args.get("plan", "free")
    price = PLANS.get(plan, 0)
    body = f"<h2>Plan: {pl