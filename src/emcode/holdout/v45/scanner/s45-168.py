from fastapi import FastAPI
from jinja2 import Template
from pydantic import BaseModel

app = FastAPI()


class Reminder(BaseModel):
    template: str
    passenger: str
    sailing: str


@app.post("/reminders/render")
def render(rem: Reminder):
    body = Template(rem.template).render(passenger=rem.passenger, sailing=rem.sailing)
    return {"body": body}
