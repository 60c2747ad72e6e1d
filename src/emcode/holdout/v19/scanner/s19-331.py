from fastapi import FastAPI
from pydantic import BaseModel
from jinja2 import Environment

app = FastAPI()
env = Environment(autoescape=True)
SUBJECT = env.from_string("Hello {{ first_name }}, {{ subject }}")


class Campaign(BaseModel):
    subject: str
    first_name: str


@app.post("/campaigns/preview")
def preview(c: Campaign):
    return {"subject": SUBJECT.render(first_name=c.first_name, subject=c.subject)}
