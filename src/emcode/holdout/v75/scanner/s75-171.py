from defusedxml import ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.post("/lab/hl7-xml")
def ingest_xml():
    root = ET.fromstring(request.data)
    samples = [el.get("id") for el in root.iter("sample")]
    return {"samples": samples}
