from string import Template
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)
LETTER = Template("<p>Dear $name, your permit $pid is approved.</p>")


@app.route("/letter")
def letter():
    return LETTER.substitute(name=escape(request.args.get("name", "")), pid=int(request.args.get("pid", 0)))
