import uvicorn
from fastapi import FastAPI

app = FastAPI()


@app.get("/health")
def health():
    return {"status": "ok"}


@app.get("/schools/{school_id}/terms")
def terms(school_id: int):
    return [{"name": "Autumn", "weeks": 14}, {"name": "Spring", "weeks": 12}, {"name": "Summer", "weeks": 13}]


if __name__ == "__main__":
    uvicorn.run("main:app", host="127.0.0.1", port=8000)
