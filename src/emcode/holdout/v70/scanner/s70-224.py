from flask import Flask, request

app = Flask(__name__)


@app.get("/label")
def label():
    code = request.args.get("code", "A-12")[:20]
    return {"label": "{} ready".format(code)}
