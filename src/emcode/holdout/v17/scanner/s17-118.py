from fastapi import FastAPI, HTTPException
from jinja2 import TemplateError
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel

app = FastAPI()
env = SandboxedEnvironment(autoescape=True)


class Campaign(BaseModel):
    subject_template: str
    body_template: str


@app.post("/campaigns/preview")
def preview(c: Campaign):
    ctx = {"first_name": "Sam", "plan": "pro"}
    try:
        subject = env.from_string(c.subject_template).render(**ctx)
        body = env.from_string(c.body_template).render(**ctx)
    except TemplateError:
        raise HTTPException(400, "template error")
    return {"subject": subject, "body": body}
