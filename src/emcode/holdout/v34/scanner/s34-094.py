import defusedxml.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.post("/import/gedxml")
def import_gedxml():
    try:
        tree = ET.fromstring(request.get_data())
    except ET.ParseError:
        return {"error": "invalid XML"}, 400
    people = tree.findall(".//person")
    return {"people": [p.findtext("name") for p in people]}
