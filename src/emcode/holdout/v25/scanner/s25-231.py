from flask import Flask, request, Response

app = Flask(__name__)
PARISHES = {"st-anne": "St. Anne", "st-mark": "St. Mark"}


@app.route("/parish")
def parish():
    slug = request.args.get("p", "")
    name = PARISHES.get(slug)
    if name is None:
        text = "Unknown parish: " + slug
        return Response(text, status=404, mimetype="text/plain")
    return Response(f"Welcome to {name}", mimetype="text/plain")
