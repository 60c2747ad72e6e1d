from flask import Flask, request

app = Flask(__name__)

FORMATS = {
    "short": "{meter}: {value} m3",
    "long": "Meter {meter} read {value} cubic metres",
}


@app.route("/readings/label")
def label():
    fmt = FORMATS.get(request.args.get("fmt", "short"), FORMATS["short"])
    return fmt.format(meter="M-1182", value=42.7), 200, {"Content-Type": "text/plain"}
