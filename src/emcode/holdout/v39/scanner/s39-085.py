from flask import Flask, request

app = Flask(__name__)
STATUS = {0: "available", 1: "on hire", 2: "in repair"}


@app.route("/machine/<int:mid>")
def machine(mid):
    code = request.args.get("status", 0, type=int)
    label = STATUS.get(code, "unknown")
    return f"<p>Machine {mid} is <b>{label}</b></p>"
