import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("search")


def printable(text, limit=80):
    return "".join(ch if ch.isprintable() else "?" for ch in text[:limit])


@app.get("/search")
def search():
    q = request.args.get("q", "")
    log.info("search q=%s", printable(q))
    return jsonify(results=[], query=q)
