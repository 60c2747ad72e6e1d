import re

from flask import Flask, jsonify, request

app = Flask(__name__)

GLOSSARY = ["ice shelf", "ablation zone", "crevasse", "moraine", "firn", "serac", "nunatak"]


@app.get("/glossary")
def glossary():
    term = request.args.get("q", "")[:50]
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return jsonify([w for w in GLOSSARY if rx.search(w)])
