from flask import Flask, request

app = Flask(__name__)

TEMPLATES = {
    "classic": "{a} and {b} are getting married!",
    "playful": "Save the date: {a} + {b}!",
    "formal": "Together with their families, {a} and {b} request your presence.",
}


@app.post("/announce")
def announce():
    tpl = TEMPLATES.get(request.form.get("style", "classic"), TEMPLATES["classic"])
    text = tpl.format(a=str(request.form["a"]), b=str(request.form["b"]))
    return {"text": text}
