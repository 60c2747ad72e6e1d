from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/exports/status")
def export_status():
    name = request.args.get("file", "")
    ready = name.endswith(".csv") and len(name) < 80
    text = f"Export {name!r} is {'ready' if ready else 'still processing'}.\n"
    return Response(text, mimetype="text/plain")
