import requests
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Subscription(BaseModel):
    plot: str
    callback_url: str


@app.post("/plots/water-alerts")
def subscribe(sub: Subscription):
    ping = requests.post(sub.callback_url, json={"plot": sub.plot, "event": "subscribed"}, timeout=5)
    return {"callback_status": ping.status_code}
