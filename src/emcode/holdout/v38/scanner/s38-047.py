from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/outages/feed", methods=["POST"])
def ingest_feed():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    events = [
        {"feeder": e.findtext("feeder"), "customers": int(e.findtext("customers", "0"))}
        for e in root.iter("event")
    ]
    return {"events": events}
