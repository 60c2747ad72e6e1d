from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.post("/rota/import")
def rota_import():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    tree = etree.fromstring(request.files["rota"].read(), parser)
    shifts = []
    for s in tree.iter("shift"):
        shifts.append({"attendant": s.get("attendant"), "floor": int(s.get("flo