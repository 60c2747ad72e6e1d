import re

from flask import Flask, request

app = Flask(__name__)
DOCKET = re.compile(r"(CR|CV)-\d{4}-\d{4}")


@app.route("/validate")
def validate():
    value = request.args.get("docket", "")[:32]
    return {"valid": bool(DOCKET.fullmatch(value))}
