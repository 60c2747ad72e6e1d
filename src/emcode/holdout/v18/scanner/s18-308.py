import logging

import paho.mqtt.client as mqtt

logging.basicConfig(filename="bridge.log", level=logging.INFO)
log = logging.getLogger("mqtt-bridge")


def on_message(client, userdata, msg):
    payload = msg.payload.decode("utf-8", errors="replace")
    log.info("message on " + msg.topic + ": " + payload)


def run(host="127.0.0.1"):
    client = mqtt.Client()
    client.on_message = on_message
    client.connect(host, 1883)
    client.subscribe("sensors/#")
    client.loop_forever()
