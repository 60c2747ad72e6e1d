from flask import Flask, request

app = Flask(__name__)

FORMATS = {
    "short": "{route} {depart}",
    "long": "The {route} ferry departs at {depart}",
}


@app.route("/sailing/label")
def label():
    fmt = FORMATS.get(request.args.get("style", "short"), FORMATS["short"])
    return {"label": fmt.format(route="Northpoint-Isle", depart="07:15")}
