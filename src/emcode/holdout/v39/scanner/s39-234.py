import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("search")


@app.route("/search")
def search():
    q = request.args.get("q", "")
    log.info("search query=%r", q)
    return {"results": []}
