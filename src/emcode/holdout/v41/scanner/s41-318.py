import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/inverter/status")
def inverter_status():
    host = request.args["host"]
    r = requests.get(f"http://{host}/api/status.json", timeout=3)
    return r.json()
