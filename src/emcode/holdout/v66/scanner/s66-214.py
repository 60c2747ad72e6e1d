import requests
from flask import Flask, request

app = Flask(__name__)
API = "https://api.islandferries.example/v1/sailings"


@app.get("/sailings")
def sailings():
    port = request.args.get("port", "")
    r = requests.get(API, params={"port": port}, timeout=8)
    r.raise_for_status()
    return {"sailings": r.json()}
