from jinja2 import Template
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Reminder(BaseModel):
    template: str
    patient: str
    when: str


@app.post("/reminders/preview")
def preview(rem: Reminder):
    text = Template(rem.template).render(patient=rem.patient, when=rem.when)
    return {"preview": text}
