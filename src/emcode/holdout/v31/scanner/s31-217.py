import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
logging.basicConfig(filename="search.log", level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("search")


@app.get("/collection/search")
def search():
    who = request.headers.get("X-User", "anonymous")
    q = request.args.get("q", "")
    log.info("user=" + who + " searched for " + q)
    return jsonify(results=[], query=q)
