import json
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("search")


@app.get("/search")
def search():
    term = request.args.get("q", "")[:100]
    log.info(json.dumps({"event": "search", "term": term}))
    return {"results": []}
