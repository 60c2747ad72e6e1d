from flask import Flask, request, make_response
from markupsafe import escape

app = Flask(__name__)

NOT_FOUND = """<!doctype html>
<title>Not found</title>
<p>Sorry, the page you came from ({ref}) links to something we could not find.</p>
"""


@app.errorhandler(404)
def not_found(_err):
    ref = escape(request.args.get("ref") or "unknown")
    body = NOT_FOUND.format(ref=ref)
    return make_response(body, 404)
