from fastapi import Depends, FastAPI, HTTPException

from .auth import current_user
from .store import devices

app = FastAPI()


@app.put("/devices/{device_id}/name")
def rename(device_id: int, name: str, user=Depends(current_user)):
    dev = devices.get(device_id)
    if dev is None or dev.owner_id != user.id:
        raise HTTPException(404)
    dev.name = name[:64]
    devices.save(dev)
    return {"id": device_id, "name": dev.name}
