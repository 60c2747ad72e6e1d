import xml.etree.ElementTree as ET
from pathlib import Path

from flask import Flask, jsonify

app = Flask(__name__)
CONFIG = Path(__file__).with_name("treatments.xml")


def load_treatments():
    root = ET.parse(CONFIG).getroot()
    return {t.get("code"): {"name": t.findtext("name"), "price": float(t.findtext("price"))}
            for t in root.iter("treatment")}


TREATMENTS = load_treatments()


@app.get("/treatments")
def treatments():
    return jsonify(TREATMENTS)
