import os

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
API = "https://api.clinicaltrials.example.gov/v2/studies"


@app.get("/find-trials")
def find_trials():
    cond = request.args.get("condition", "")
    r = requests.get(API, params={"query.cond": cond, "pageSize": 20}, timeout=15)
    r.raise_for_status()
    studies = r.json().get("studies", [])
    return jsonify([s["protocolSection"]["identificationModule"]["briefTit