from string import Template
from flask import Flask, request

app = Flask(__name__)

@app.route("/notify/preview", methods=["POST"])
def preview():
    tpl = Template(request.form.get("template", "Hi $name"))
    text = tpl.safe_substitute(name="Customer", order="#1001")
    return {"preview": text}
