import requests
from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/sites/<site>/capacity")
def site_capacity(site):
    r = requests.get(f"http://{site}.sites.trialnet.local:8000/capacity", timeout=3)
    return jsonify(r.json())
