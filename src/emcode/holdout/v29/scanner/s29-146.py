from flask import Flask, Response, abort

app = Flask(__name__)

GUIDES = {
    "claims": "docs/how-to-file-a-claim.txt",
    "windscreen": "docs/windscreen-damage.txt",
    "travel": "docs/travel-cover.txt",
}


@app.route("/guides/<topic>")
def guide(topic):
    path = GUIDES.get(topic)
    if path is None:
        abort(404)
    with open(path, encoding="utf-8") as fh:
        return Response(fh.read(), mimetype="text/plain")
