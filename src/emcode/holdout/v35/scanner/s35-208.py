import re

from flask import Flask, make_response, request

app = Flask(__name__)
CAMPAIGN = re.compile(r"[a-z0-9-]{1,32}")


@app.get("/landing")
def landing():
    campaign = request.args.get("c", "")
    resp = make_response({"welcome": True})
    if CAMPAIGN.fullmatch(campaign):
        resp.headers["X-Campaign"] = campaign
    return resp
