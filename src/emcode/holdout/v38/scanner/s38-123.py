from flask import Flask, render_template_string, request

app = Flask(__name__)
LABELS = {"plain": "{{ name }}", "abv": "{{ name }} ({{ abv }}%)"}


@app.route("/kegs/label", methods=["POST"])
def keg_label():
    style = request.form.get("style", "plain")
    template_text = LABELS.get(style, LABELS["plain"])
    rendered = render_template_string(template_text, name="Hazy IPA", abv=6.5)
    return {"label": rendered, "chars": len(rende