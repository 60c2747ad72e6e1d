from flask import Flask, request

app = Flask(__name__)


@app.post("/campaigns/<int:cid>/rules/test")
def test_rule(cid):
    code = request.get_json()["rule"]
    scope = {"pledge": 120, "tier": None}
    exec(code, scope)
    return {"tier": scope.get("tier")}
