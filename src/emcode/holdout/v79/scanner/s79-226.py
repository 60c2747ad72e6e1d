import json
import os

STATE = "/tmp/sailclub_waitlist.json"


def add_to_waitlist(name):
    data = []
    if os.path.exists(STATE):
        with open(STATE) as fh:
            data = json.load(fh)
    data.append(name)
    with open(STATE, "w") as fh:
        json.dump(data, fh)
    return len(data)


if __name__ == "__main__":
    print(add_to_waitlist(input("Name: ")))
