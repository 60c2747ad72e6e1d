from fastapi import FastAPI
from jinja2 import Template
from pydantic import BaseModel

app = FastAPI()


class Reminder(BaseModel):
    template: str
    member: str
    due: str


@app.post("/reminders/render")
def render_reminder(r: Reminder):
    text = Template(r.template).render(member=r.member, due=r.due)
    return {"text": text}
