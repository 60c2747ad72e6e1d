from flask import Flask, request
from jinja2 import Environment, PackageLoader, select_autoescape

app = Flask(__name__)
env = Environment(loader=PackageLoader("trucks"), autoescape=select_autoescape(["html"]))


@app.get("/receipt/<int:order_id>")
def receipt(order_id):
    tpl = env.get_template("receipt.html")
    return tpl.render(order_id=order_id, name=request.args.get("name", ""))
