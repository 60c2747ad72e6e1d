from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/kegs/label", methods=["POST"])
def keg_label():
    template_text = request.form.get("label", "{{ name }}")
    rendered = render_template_string(template_text, name="Hazy IPA", abv=6.5)
    return {"label": rendered, "chars": len(rende