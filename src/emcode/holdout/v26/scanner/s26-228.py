from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/kegs/fill")
def fill():
    raw = request.args.get("litres", "")
    try:
        litres = int(raw)
    except ValueError:
        abort(400)
    if not 0 < litres <= 50:
        abort(400)
    return f"<p>Filling keg with {litres} litres.</p>"
