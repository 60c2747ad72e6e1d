import os
from pathlib import Path

from flask import Flask, jsonify, request
from jinja2 import Environment, FileSystemLoader, select_autoescape

app = Flask(__name__)
env = Environment(loader=FileSystemLoader(Path(__file__).parent / "mail_templates"), autoescape=select_autoescape())


@app.route("/mail/preview", methods=["POST"])
def mail_preview():
    data = request.get_json(force=True)
    tmpl = env.get_template("tier_upgrade.html")
    html = tmpl.render(name=data.get("name", ""), tier=data.get("tier", "Silver"))
    return jsonify(html=html, sender=os.environ.get("MAIL_FROM", "noreply@skyrewards.example"))
