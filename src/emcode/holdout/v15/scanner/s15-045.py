import json
import os
import time

import requests

ENDPOINT = "https://telemetry.example.com/v1/readings"
TOKEN = os.environ["DEVICE_TOKEN"]


def read_sensor():
    with open("/sys/bus/w1/devices/28-000005e2fdc3/temperature") as fh:
        return int(fh.read().strip()) / 1000.0


def main():
    while True:
        payload = {"device": os.uname().nodename, "temp_c": read_sensor(), "ts": int(time.time())}
        try:
            requests.post(ENDPOINT, data=json.dumps(payload), timeout=10,
                          headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
        except requests.RequestException as exc:
            print("upload failed:", exc)
        time.sleep(60)


if __name__ == "__main__":
    main()
