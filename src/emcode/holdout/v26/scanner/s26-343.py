from flask import Flask, request
from markupsafe import escape as h

app = Flask(__name__)
PAGE = """<!doctype html>
<title>Open data search</title>
<p>You searched for <strong>{query}</strong>.</p>
<p>{count} datasets found.</p>
"""


@app.route("/datasets")
def datasets():
    query = request.args.get("q", "")
    from .catalog import search
    hits = search(query)
    return PAGE.format(query=h(query), count=len(hits))
