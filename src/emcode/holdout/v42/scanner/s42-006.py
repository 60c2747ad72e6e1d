from flask import Flask, request

app = Flask(__name__)

PANTRY = {
    "baking": ["flour", "sugar", "baking powder", "butter"],
    "curry": ["cumin", "turmeric", "coriander", "ginger"],
}


@app.get("/pantry")
def pantry():
    kind = request.args.get("kind", "baking")
    items = PANTRY.get(kind, [])
    return "<ul>" + "".join("<li>" + i + "</li>" for i in items) + "</ul>"
