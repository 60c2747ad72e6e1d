import logging

import paho.mqtt.client as mqtt

log = logging.getLogger("mqtt-bridge")


def on_message(client, userdata, msg):
    payload = msg.payload.decode("utf-8", errors="replace")
    log.info("message on %r: %r", msg.topic, payload[:200])
    userdata.append((msg.topic, payload))


def run(host="127.0.0.1"):
    store = []
    client = mqtt.Client(userdata=store)
    client.on_message = on_message
    client.connect(host, 1883)
    client.subscribe("sensors/#")
    client.loop_forever()
