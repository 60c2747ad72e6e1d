import defusedxml.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.post("/labs/import")
def import_lab():
    root = ET.fromstring(request.data)
    results = [(r.get("code"), r.text) for r in root.iter("result")]
    return {"patient": root.findtext("patient"), "results": results}
