import traceback

from flask import Flask, request, jsonify

from .pricing import quote_premium

app = Flask(__name__)


@app.post("/quotes")
def quote():
    try:
        data = request.get_json(force=True)
        return jsonify(premium=quote_premium(**data))
    except Exception:
        return jsonify(error=traceback.format_exc()), 500
