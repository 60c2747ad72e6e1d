from flask import Flask, request
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)
env = SandboxedEnvironment(autoescape=True)


@app.post("/campaigns/preview")
def preview_campaign():
    body = request.form.get("body", "")[:5000]
    rendered = env.from_string(body).render(first_name="Ana", shop="Green Grocer")
    return {"html": rendered}
