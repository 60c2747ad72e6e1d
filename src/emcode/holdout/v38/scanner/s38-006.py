import defusedxml.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.route("/outages/feed", methods=["POST"])
def ingest_feed():
    root = ET.fromstring(request.data)
    events = [
        {"feeder": e.findtext("feeder"), "customers": int(e.findtext("customers", "0"))}
        for e in root.iter("event")
    ]
    return {"events": events}
