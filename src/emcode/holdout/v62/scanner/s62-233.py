import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/siren/test")
def siren_test():
    station = request.args.get("station", "north")
    result = os.popen("sirenctl test " + station).read()
    return {"output": result}
