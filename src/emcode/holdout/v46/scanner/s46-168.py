import os

import requests
from flask import Flask, jsonify, request, abort

app = Flask(__name__)

PARTNERS = {
    "cityrinks": "https://hooks.cityrinks.example/rinkbook",
    "skateclub": "https://skateclub.example/api/hooks/bookings",
}


@app.post("/partners/<name>/notify")
def notify(name):
    url = PARTNERS.get(name)
    if url is None:
        abort(404)
    payload = request.get_json(silent=True) or {}
    r = requests.post(url, json={"booking": payload.get("booking_id")},
                      headers={"Authorization": "Bearer " + os.environ["PARTNER_TOKEN"]}, timeout=5)
    return jsonify(status=r.status_code)
