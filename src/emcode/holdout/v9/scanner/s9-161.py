import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/deploy")
def deploy():
    manifest = yaml.load(request.files["manifest"].read(), Loader=yaml.UnsafeLoader)
    services = manifest.get("services", {})
    for name, svc in services.items():
        print("deploying", name, svc.get("ima