from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/fridges/{fridge_id}/checkin")
def checkin(fridge_id: int):
    return RedirectResponse(url=f"/fridges/{fridge_id}", status_code=303)
