from defusedxml import ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.post("/gauges/ingest")
def ingest():
    root = ET.fromstring(request.data)
    levels = [float(x.text) for x in root.iter("level")]
    return {"count": len(levels), "max": max(levels, default=None)}
