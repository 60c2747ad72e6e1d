from flask import Flask

app = Flask(__name__)

NOT_FOUND_TEMPLATE = """<!doctype html>
<title>Package not found</title>
<div class="err">No package named <b>{name}</b> exists on this index.</div>
"""


@app.route("/simple/<path:name>/")
def simple_index(name):
    # TODO: look the package up in the db
    html = NOT_FOUND_TEMPLATE.format(name=name)
    return html, 404
