import uvicorn
from fastapi import FastAPI

app = FastAPI(debug=False, title="Feature flags")
FLAGS = {"new_checkout": False, "dark_mode": True}


@app.get("/flags")
def flags():
    return FLAGS


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8080, reload=False)
