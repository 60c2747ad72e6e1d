import json
import logging
from flask import Flask, request, jsonify

app = Flask(__name__)
audit = logging.getLogger("audit")


@app.get("/search")
def search():
    term = request.args.get("q", "")
    audit.info(json.dumps({"event": "search", "term": term, "ip": request.remote_addr}))
    from .index import lookup
    return jsonify(results=lookup(term))
