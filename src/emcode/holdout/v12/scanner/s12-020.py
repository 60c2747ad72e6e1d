from flask import Flask, request, make_response

app = Flask(__name__)

GREETING_TEMPLATE = "<div class='card'><h1>Welcome back, {name}!</h1><p>Your plan: {plan}</p></div>"


@app.route("/welcome", methods=["POST"])
def greet():
    name = request.form.get("name", "guest")
    plan = request.form.get("plan", "free")
    if plan not in ("free", "pro", "team"):
        plan = "free"
    body = GREETING_TEMPLATE.format(name=name, plan=plan)
    resp = make_response(body)
    resp.headers["Cache-Control"] = "no-store"
    return resp
