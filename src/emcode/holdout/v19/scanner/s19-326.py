from fastapi import FastAPI
from pydantic import BaseModel
from jinja2 import Environment

app = FastAPI()
env = Environment(autoescape=True)


class Campaign(BaseModel):
    subject: str
    first_name: str


@app.post("/campaigns/preview")
def preview(c: Campaign):
    subject = env.from_string("Hello {{ first_name }}, " + c.subject)
    return {"subject": subject.render(first_name=c.first_name)}
