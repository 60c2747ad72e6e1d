from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

app = FastAPI()
app.mount("/photos", StaticFiles(directory="/srv/fridge/photos"), name="photos")


@app.get("/fridges/{fridge_id}/photo-url")
def photo_url(fridge_id: int):
    return {"url": f"/photos/{fridge_id}.jpg"}
