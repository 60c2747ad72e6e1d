import json
from pathlib import Path

from flask import Flask, abort, jsonify

app = Flask(__name__)
LOCALES = Path(__file__).parent / "locales"
AVAILABLE = {"en", "de", "fr", "es", "it", "pt", "pl"}


@app.get("/i18n/<lang>")
def messages(lang):
    if lang not in AVAILABLE:
        abort(404)
    with open(LOCALES / f"{lang}.json", encoding="utf-8") as fh:
        return jsonify(json.load(fh))
