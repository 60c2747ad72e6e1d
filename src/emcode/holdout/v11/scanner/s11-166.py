from flask import Flask, request, render_template_string

app = Flask(__name__)

BASE = "<html><body>{}<p>Powered by tinycms</p></body></html>"


@app.route("/preview")
def preview():
    headline = request.args.get("headline", "Hello")
    tpl = BASE.format("<h1>" + headline + "</h1>")
    return render_template_string(tpl)
