import os

def read_template(name):
    with open(os.path.join("/opt/app/templates", name)) as f:
        return f.read()
