import logging
from flask import Flask, request, make_response

app = Flask(__name__)
log = logging.getLogger(__name__)

NOT_FOUND = """<!doctype html>
<title>Not found</title>
<p>Sorry, the page you came from ({ref}) links to something we could not find.</p>
"""


@app.errorhandler(404)
def not_found(_err):
    ref = request.args.get("ref") or request.referrer or "unknown"
    body = NOT_FOUND.format(ref=ref)
    return make_response(body, 404)


@app.route("/health")
def health():
    return {"ok": True}
