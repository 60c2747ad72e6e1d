import logging
from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="search.log", level=logging.INFO)


@app.get("/search")
def search():
    term = request.args.get("q", "")
    logging.info("search by %s for: " + term, request.remote_addr)
    return {"results": []}
