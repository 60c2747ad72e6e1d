from flask import Flask, make_response, request

app = Flask(__name__)


@app.post("/bags/register")
def register_bag():
    errors = []
    tag = request.form.get("tag", "")
    weight = request.form.get("weight", "")
    if not tag.isdigit() or len(tag) != 10:
        errors.append(f"Invalid tag '{tag}'")
    try:
        float(weight)
    except ValueError:
        errors.append(f"Weight '{weight}' is not a number")
    if errors:
        resp = make_response("<br>".join(errors), 400)
        return resp
    return {"registered": tag}
