import logging

from flask import Flask

app = Flask(__name__)


@app.errorhandler(500)
def server_error(err):
    app.logger.error("server error: %s", err)
    return "<h1>Something went wrong</h1><p>Please try again later.</p>", 500


@app.route("/tides")
def tides():
    return {"high": ["06:12", "18:40"]}
