from jinja2 import Template
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Campaign(BaseModel):
    subject_template: str
    body_template: str


@app.post("/campaigns/preview")
def preview(c: Campaign):
    ctx = {"first_name": "Sam", "plan": "pro"}
    subject = Template(c.subject_template).render(**ctx)
    body = Template(c.body_template).render(**ctx)
    return {"subject": subject, "body": body}
