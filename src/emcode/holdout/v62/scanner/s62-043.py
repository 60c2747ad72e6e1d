from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"], allow_credentials=False)

TOWERS = [{"name": "Skerry Point", "lat": 57.1, "lon": -5.9}, {"name": "Gull Rock", "lat": 56.4, "lon": -6.2}]


@app.get("/public/towers")
def towers():
    return TOWERS
