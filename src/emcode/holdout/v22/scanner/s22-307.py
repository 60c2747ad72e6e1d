import logging

from flask import Flask, request

app = Flask(__name__)


@app.get("/catalogue/search")
def search():
    q = request.args.get("q", "")[:100]
    app.logger.info("catalogue search q=%r", q)
    return {"results": []}
