from flask import Flask, request

app = Flask(__name__)

FORMATS = {
    "short": "{holder} - {tier}",
    "long": "{holder} holds a {tier} pass",
}


@app.route("/pass/label")
def pass_label():
    style = request.args.get("style", "short")
    fmt = FORMATS.get(style, FORMATS["short"])
    return {"label": fmt.format(holder="Dana Kim", tier="gold")}
