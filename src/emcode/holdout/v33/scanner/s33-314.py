import uvicorn
from fastapi import FastAPI

app = FastAPI()

LESSONS = [{"id": 1, "title": "Greetings"}, {"id": 2, "title": "Numbers"}, {"id": 3, "title": "Food"}]


@app.get("/lessons")
def lessons():
    return LESSONS


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8000, log_level="info")
