import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="archive-search.log", level=logging.INFO)


@app.get("/search")
def search():
    q = request.args.get("q", "")
    logging.info("search q=" + q + " ua=" + request.headers.get("User-Agent", "-"))
    return {"results": []}
