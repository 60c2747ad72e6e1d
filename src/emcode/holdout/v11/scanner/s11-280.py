import json
import os
import ssl

import paho.mqtt.client as mqtt


def make_client():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    client = mqtt.Client(client_id="greenhouse-01")
    client.tls_set_context(ctx)
    client.username_pw_set("greenhouse-01", os.environ["MQTT_PASSWORD"])
    return client


if __name__ == "__main__":
    c = make_client()
    c.connect("broker.farm.example", 8883)
    c.publish("sensors/greenhouse-01", json.dumps({"temp": 22.1}))
