from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, select_autoescape

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("emails"), autoescape=select_autoescape(["html"]))
TEMPLATES = {"checkin": "checkin.html", "checkout": "checkout.html"}


@app.get("/emails/preview/<kind>")
def preview(kind):
    name = TEMPLATES.get(kind)
    if name is None:
        return "unknown email", 404
    guest = request.args.get("guest", "Guest")
    return env.get_template(name).render(guest=guest, hotel="Lakeside Inn")
