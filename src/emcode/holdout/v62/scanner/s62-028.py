from flask import Flask, request, abort

app = Flask(__name__)

FORMATS = {
    "short": "{member}: {hours}h",
    "long": "{member} worked {hours} hours",
}


@app.route("/shift/label")
def shift_label():
    style = request.args.get("style", "short")
    if style not in FORMATS:
        abort(400)
    return {"label": FORMATS[style].format(member="Jo", hours=6)}
