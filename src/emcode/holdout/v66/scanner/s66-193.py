from jinja2 import Environment
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
env = Environment()


class Reminder(BaseModel):
    template: str
    patient: str
    date: str


@app.post("/recalls/preview")
def preview(r: Reminder):
    text = env.from_string(r.template).render(patient=r.patient, date=r.date)
    return {"sms": text}
