from flask import Flask, request

app = Flask(__name__)
RULES = {}

@app.route("/rules/<name>", methods=["POST"])
def add_rule(name):
    src = request.form["code"]
    ns = {}
    exec(src, ns)
    RULES[name] = ns.get("check")
    return {"added": name}
