from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"], allow_credentials=False)

OPENING_HOURS = {"mon": "9-17", "sat": "10-16"}


@app.get("/public/hours")
def hours():
    return OPENING_HOURS
