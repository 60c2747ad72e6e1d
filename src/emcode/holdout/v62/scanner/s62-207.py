from flask import Flask, request, send_from_directory

app = Flask(__name__)
ROOT = "/srv/brigade/manuals"


@app.route("/manual")
def manual():
    name = request.args["name"]
    return send_from_directory(ROOT, name)


def list_manuals():
    import os
    return sorted(f for f in os.listdir(ROOT) if f.endswith(".p