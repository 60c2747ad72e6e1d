import os

import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/screening/credit")
def credit_check():
    ssn_last4 = request.form["last4"]
    if not (ssn_last4.isdigit() and len(ssn_last4) == 4):
        return {"error": "last4 must be 4 digits"}, 400
    resp = requests.post(
        "https://api.creditbureau.example/v2/check",
        json={"last4": ssn_last4},
        headers={"Authorization": "Bearer " + os.environ["BUREAU_TOKEN"]},
        timeout=10,
    )
    return resp.json()
