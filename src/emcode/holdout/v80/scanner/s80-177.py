from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/gauges/ingest")
def ingest():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    levels = [float(x.text) for x in root.iter("level")]
    return {"count": len(levels), "max": max(levels, default=None)}
