import json
from pathlib import Path

from flask import Flask, abort, request

app = Flask(__name__)
LOCALE_DIR = Path(__file__).parent / "locales"
LOCALES = {"en", "es", "fr", "de", "pt-BR", "ja"}


@app.route("/strings")
def strings():
    loc = request.args.get("locale", "en")
    if loc not in LOCALES:
        abort(404)
    with open(LOCALE_DIR / f"{loc}.json", encoding="utf-8") as fh:
        return json.load(fh)
