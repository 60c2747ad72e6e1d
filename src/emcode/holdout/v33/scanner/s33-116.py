import html

from flask import Flask

app = Flask(__name__)

NOT_FOUND_TEMPLATE = """<!doctype html>
<title>Package not found</title>
<div class="err">No package named <b>{name}</b> exists on this index.</div>
"""


@app.route("/simple/<path:name>/")
def simple_index(name):
    shown = html.escape(name, quote=True)
    page = NOT_FOUND_TEMPLATE.format(name=shown)
    return page, 404
