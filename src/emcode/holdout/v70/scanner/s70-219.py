import requests
from flask import Flask, request, abort

app = Flask(__name__)
BASE = "https://catalogue.seeds.example.org/api/items/"


@app.get("/preview")
def preview():
    item = request.args.get("id", "")
    if not item.isdigit():
        abort(400)
    r = requests.get(BASE + item, timeout=5)
    return {"status": r.status_code, "length": len(r.content)}
