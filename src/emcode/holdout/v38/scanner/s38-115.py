import json

from flask import Flask

app = Flask(__name__)
MENU = "/etc/taproom/menu.json"


@app.route("/menu")
def menu():
    with open(MENU, encoding="utf-8") as fh:
        data = json.load(fh)
    return {"beers": [b["name"] for b in data.get("beers", [])]}
