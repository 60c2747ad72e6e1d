import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
logging.basicConfig(filename="search.log", level=logging.INFO)
PARTS = ["brake pads", "wiper blades", "oil filter"]


@app.get("/parts")
def parts():
    q = request.args.get("q", "")
    logging.info("part search by %s: %s", request.remote_addr, q)
    return jsonify([p for p in PARTS if q.lower() in p])
