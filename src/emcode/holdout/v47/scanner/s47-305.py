from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

BLOCK_NOTES = {
    "A1": "Sauvignon blanc, picked at 21.5 Brix",
    "C3": "Pinot noir, hand-sorted",
}


@app.route("/blocks/note")
def block_note():
    block = request.args.get("block", "")
    note = BLOCK_NOTES.get(block, "no note recorded")
    return "<dl><dt>{}</dt><dd>{}</dd></dl>".format(escape(block), escape(note))
