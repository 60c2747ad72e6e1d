import requests
from flask import Flask, request

app = Flask(__name__)
FEED = "https://feeds.esports-league.example/v1/matches"


@app.route("/feeds/preview")
def preview_feed():
    league = request.args.get("league", "main")
    resp = requests.get(FEED, params={"league": league}, timeout=5)
    if resp.status_code != 200:
        return {"error": f"feed returned {resp.status_co