import traceback

from flask import Flask

app = Flask(__name__)


@app.errorhandler(Exception)
def on_error(exc):
    return {"error": str(exc), "trace": traceback.format_exc()}, 500
