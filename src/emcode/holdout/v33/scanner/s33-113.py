from fastapi import FastAPI
from jinja2 import Template
from pydantic import BaseModel

app = FastAPI()


class Reminder(BaseModel):
    template: str
    patient: str
    drug: str


@app.post("/reminders/preview")
def preview(r: Reminder):
    text = Template(r.template).render(patient=r.patient, drug=r.drug)
    return {"text": text}
