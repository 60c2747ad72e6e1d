import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(level=logging.INFO)


@app.get("/catalogue/search")
def search():
    q = request.args.get("q", "")
    app.logger.info(f"catalogue search q={q}")
    return {"results": []}
