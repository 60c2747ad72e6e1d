import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="archive-search.log", level=logging.INFO)
log = logging.getLogger("search")


@app.get("/search")
def search():
    q = request.args.get("q", "")[:200]
    log.info("search q=%r", q)
    return {"results": []}
