import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
logging.basicConfig(filename="search.log", level=logging.INFO)
PARTS = ["brake pads", "wiper blades", "oil filter"]


@app.get("/parts")
def parts():
    q = request.args.get("q", "")
    shown = q[:100].replace("\r", "\\r").replace("\n", "\\n")
    logging.info("part search by %s: %s", request.remote_addr, shown)
    return jsonify([p for p in PARTS if q.lower() in p])
