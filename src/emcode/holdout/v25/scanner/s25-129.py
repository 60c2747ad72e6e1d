from string import Template
from fastapi import FastAPI

app = FastAPI()
SMS = Template("Hi $name, your ferry $route leaves at $time. Reply STOP to opt out.")


@app.get("/sms/preview")
def sms_preview(name: str, route: str = "A-B", time: str = "08:00"):
    return {"text": SMS.safe_substitute(name=name[:40], route=route[:10], time=time[:5])}
