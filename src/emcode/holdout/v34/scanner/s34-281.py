from flask import Flask
from markupsafe import escape

app = Flask(__name__)
SITES = {"north-field": 1.2, "quarry": 0.8}


@app.route("/sites/<name>/capacity")
def capacity(name):
    if name not in SITES:
        return f"Unknown site {escape(name)}", 404
    return f"{SITES[name]} MW"
