from jinja2 import Template
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Reminder(BaseModel):
    subject_template: str
    customer: str
    amount: float


@app.post("/billing/reminder/preview")
def preview(rem: Reminder):
    subject = Template(rem.subject_template).render(customer=rem.customer, amount=rem.amount)
    return {"subject": subject}
