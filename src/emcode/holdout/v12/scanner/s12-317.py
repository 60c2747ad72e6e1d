from flask import Flask, request, make_response
import bleach

app = Flask(__name__)

GREETING_TEMPLATE = "<div class='card'><h1>Welcome back, {name}!</h1><p>Your plan: {plan}</p></div>"


@app.route("/welcome", methods=["POST"])
def greet():
    raw_name = request.form.get("name", "guest")
    plan = request.form.get("plan", "free")
    if plan not in ("free", "pro", "team"):
        plan = "free"
    clean_name = bleach.clean(raw_name, tags=[], strip=True)
    body = GREETING_TEMPLATE.format(name=clean_name, plan=plan)
    resp = make_response(body)
    resp.headers["Cache-Control"] = "no-store"
    return resp
