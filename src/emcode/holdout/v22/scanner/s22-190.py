from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.post("/campaigns/preview")
def preview_campaign():
    body = request.form.get("body", "")
    subject = request.form.get("subject", "")
    rendered = Template(body).render(first_name="Ana", shop="Green Grocer")
    return {"subject": subject, "html": rendered}
