import os

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Archive(BaseModel):
    campaign: str


@app.post("/admin/archive")
def archive(req: Archive):
    listing = os.popen(f"tar czf /backups/{req.campaign}.tgz /data/campaigns/{req.campaign} && echo done").read()
    return {"result": listing.strip()}
