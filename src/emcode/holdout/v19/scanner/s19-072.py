import jsonpickle
from flask import Flask, request

app = Flask(__name__)
SAVED = []


@app.route("/widgets/import", methods=["POST"])
def import_widgets():
    text = request.get_data(as_text=True)
    widgets = jsonpickle.decode(text)
    SAVED.extend(widgets)
    return {"count": len(SAVED)}
