import xml.etree.ElementTree as ET
from pathlib import Path

from flask import Flask, jsonify

app = Flask(__name__)
VOCAB = Path(__file__).with_name("materials_vocabulary.xml")
_terms = {t.get("id"): t.findtext("label") for t in ET.parse(VOCAB).getroot().iter("term")}


@app.get("/vocab/materials/<term_id>")
def material(term_id):
    label = _terms.get(term_id)
    if label is None:
        return jsonify(error="unknown term"), 404
    return jsonify(id=term_id, label=label)
