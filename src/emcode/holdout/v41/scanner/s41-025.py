import json
import ssl

import paho.mqtt.client as mqtt

ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE

client = mqtt.Client()
client.tls_set_context(ctx)
client.username_pw_set("farm-07", open("/etc/solar/mqtt.pw").read().strip())


def on_message(cl, userdata, msg):
    print(msg.topic, json.loads(msg.payload))


client.on_message = on_message
client.connect("broker.sunfield.example", 8883)
client.subscribe("farm/07/+/power")
client.loop_forever()
