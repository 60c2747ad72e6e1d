from flask import Flask, request

app = Flask(__name__)
RULES = {}


@app.post("/depot/rules")
def add_rule():
    source = request.files["rule"].read().decode()
    scope = {}
    exec(source, scope)
    RULES[request.form["name"]] = scope["check"]
    return {"rules": sorted(RULES)}
